package io.kdiag.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes version of the cluster's API server, as a dump records it (a support bundle's
 * {@code cluster-info/cluster_version.json}, the output of {@code kubectl version}).
 *
 * @param gitVersion the version as the server reports it, for example {@code v1.29.4} or
 *     {@code v1.28.9-eks-036c24b}
 * @param source where it was read
 */
public record ServerVersion(String gitVersion, String source) {

    private static final Pattern VERSION = Pattern.compile("v?1\\.(\\d{1,3})\\b");

    /** The minor version of Kubernetes 1.x ({@code 29} for {@code v1.29.4}), or {@code -1} when unreadable. */
    public int minorVersion() {
        Matcher m = VERSION.matcher(gitVersion);
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
    }
}
