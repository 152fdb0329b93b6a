package io.kdiag.facts.snapshot;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.StorageClass;
import java.util.Map;

/** Maps a fabric8 {@code StorageClass} to the {@link StorageClass} fact. */
final class StorageClassMapper implements KindMapper {

    private static final String BETA_DEFAULT_CLASS_ANNOTATION = "storageclass.beta.kubernetes.io/is-default-class";

    @Override
    public KubeObject map(RawObject raw, KubernetesSerialization serialization) {
        var sc = serialization.convertValue(raw.tree(), io.fabric8.kubernetes.api.model.storage.StorageClass.class);
        ObjectMeta meta = sc.getMetadata();
        Map<String, String> annotations = Meta.map(meta.getAnnotations());
        boolean defaultClass = "true".equals(annotations.get(StorageClass.DEFAULT_CLASS_ANNOTATION))
                || "true".equals(annotations.get(BETA_DEFAULT_CLASS_ANNOTATION));
        return new StorageClass(
                meta.getName(),
                Meta.text(sc.getProvisioner()),
                defaultClass,
                Meta.text(sc.getReclaimPolicy()),
                sc.getAllowVolumeExpansion(),
                Meta.text(sc.getVolumeBindingMode()),
                Meta.instant(meta.getCreationTimestamp()),
                raw.source());
    }
}
