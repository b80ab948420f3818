package vn.dangnhap.shared.cache;

/**
 * How a node tells the others that a cached table changed: PostgreSQL {@code NOTIFY}, Redis
 * pub/sub, or nobody (one node, or H2).
 */
public interface CacheMessages {

    /** One node: nobody to tell. */
    CacheMessages NONE = name -> { };

    /** Tells the other nodes that {@code cacheName}'s table changed in the current transaction. */
    void announce(String cacheName);
}
