package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogRedactionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6Ik.x-y_z= sent | Authorization: Bearer *** sent",
        "header Authorization: Basic dXNlcjpwYXNz                        | header Authorization: Basic ***",
        "login password=hunter2 user=admin                               | login password=*** user=admin",
        "connect token=abc.def&x=1                                       | connect token=***&x=1",
        "secret access_token=abc123 refresh_token=zzz                     | secret access_token=*** refresh_token=***",
        "cfg \"password\": \"p@ss \\\"w\\\" 1\", \"user\": \"u\"          | cfg \"password\": \"***\", \"user\": \"u\"",
        "\"Connecting\" clientSecret=\"s3cr3t\" region=\"eu\"              | \"Connecting\" clientSecret=\"***\" region=\"eu\"",
        "GET https://admin:s3cr3t@ceph.example:8443/api                   | GET https://admin:***@ceph.example:8443/api",
        "apiKey: \"k-123\"                                                 | apiKey: \"***\"",
    })
    void masksCredentials(String line, String expected) {
        assertThat(LogRedaction.redact(line.strip())).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
        "serviceAccountToken=projected tokenRequests=1",
        "Bearer",
        "failed to get token: connection refused",
    })
    void leavesOtherTextAlone(String line) {
        assertThat(LogRedaction.redact(line)).isEqualTo(line);
    }
}
