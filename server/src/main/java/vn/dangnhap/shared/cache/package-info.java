/**
 * Caches of small, hot tables, kept consistent across the nodes of a cluster: {@link
 * vn.dangnhap.shared.cache.ClusterCaches} (Spring caches on Caffeine, a per-cache generation, one
 * invalidation message per change through {@link vn.dangnhap.shared.cache.CacheMessages}).
 */
package vn.dangnhap.shared.cache;
