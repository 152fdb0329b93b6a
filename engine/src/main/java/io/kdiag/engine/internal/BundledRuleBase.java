package io.kdiag.engine.internal;

import io.kdiag.engine.RuleCompilationException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.internal.builder.KnowledgeBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled playbooks compiled once, when kdiag is built, so that a run does not parse DRL or
 * compile its consequences again. The build ({@link #main}) writes one class-path resource: a
 * fingerprint of the DRL it compiled, the classes the declared types and functions became, and
 * the compiled packages in Drools' own serialised form. A run reads it back only when the
 * fingerprint matches the bundled DRL it finds (so a changed playbook is never run from a stale
 * build); otherwise, and whenever user playbooks join, the DRL is compiled as before.
 *
 * <p>The classes live in a class loader of their own, not on the class path: compiling DRL at
 * run time declares the same types anew, and must not meet them there.
 */
public final class BundledRuleBase {

    /** The resource the build writes and a run reads. */
    static final String RESOURCE = "io/kdiag/engine/internal/bundled-rules.bin";

    private static final Logger LOG = LoggerFactory.getLogger(BundledRuleBase.class);

    private BundledRuleBase() {
    }

    /**
     * The knowledge base of the bundled playbooks as the build compiled them, if the build did
     * and compiled exactly these.
     */
    static Optional<KieBase> load(List<Playbook> bundled) {
        ClassLoader parent = BundledRuleBase.class.getClassLoader();
        try (InputStream resource = BundledRuleBase.class.getResourceAsStream("/" + RESOURCE)) {
            if (resource == null) {
                LOG.debug("no precompiled bundled playbooks; compiling them");
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(resource, 1 << 16));
            if (!in.readUTF().equals(fingerprint(bundled))) {
                LOG.debug("the precompiled bundled playbooks are not these; compiling them");
                return Optional.empty();
            }
            Map<String, byte[]> classes = new HashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                String name = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                classes.put(name, bytes);
            }
            ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(parent, classes);
            List<KiePackage> packages = new ArrayList<>();
            try (DroolsObjectInputStream objects = new DroolsObjectInputStream(in, loader)) {
                for (Object p : (List<?>) objects.readObject()) {
                    packages.add((KiePackage) p);
                }
            }
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                    RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
            kieBase.addPackages(packages);
            return Optional.of(kieBase);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.debug("cannot read the precompiled bundled playbooks; compiling them", e);
            return Optional.empty();
        }
    }

    /**
     * The build step: compiles the bundled playbooks found on the class path and writes
     * {@value #RESOURCE} below the class folder given as the only argument, and their parsed
     * content beside it ({@link BundledContent}).
     */
    public static void main(String[] args) throws IOException, RuleCompilationException {
        List<Playbook> bundled = PlaybookLoader.bundled();
        KnowledgeBuilder builder = RuleBase.compiled(bundled);
        Map<String, byte[]> classes = ((ProjectClassLoader) ((KnowledgeBuilderImpl) builder).getRootClassLoader())
                .getStore();
        Path target = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            DataOutputStream out = new DataOutputStream(file);
            out.writeUTF(fingerprint(bundled));
            out.writeInt(classes.size());
            for (Map.Entry<String, byte[]> entry : classes.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                out.writeUTF(entry.getKey());
                out.writeInt(entry.getValue().length);
                out.write(entry.getValue());
            }
            out.flush();
            DroolsObjectOutputStream objects = new DroolsObjectOutputStream(file);
            objects.writeObject(new ArrayList<>(builder.getKnowledgePackages()));
            objects.flush();
        }
        BundledContent.write(bundled, Path.of(args[0]));
        System.out.printf("compiled %d bundled playbooks into %s%n", bundled.size(), target);
    }

    /** SHA-256 of every bundled DRL file's path and text, the shared rules first, in load order. */
    static String fingerprint(List<Playbook> playbooks) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Playbook playbook : PlaybookLoader.withShared(playbooks)) {
                digest.update(playbook.drlPath().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(playbook.drl().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
