package dev.iosemu.device.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable sorted map as a balanced (AVL) tree. A change copies only the path to the changed node and
 * shares the rest with the tree it came from, so a changed copy costs O(log n) instead of a full copy: the
 * configuration stays an immutable value and yet a 50 000-line load is linear. Nodes count their subtree,
 * which gives the value at a position in O(log n) as well.
 *
 * <p>Immutable, hence thread-safe.
 */
final class PersistentTree<K extends Comparable<K>, V> {
    private record Node<K, V>(K key, V value, Node<K, V> left, Node<K, V> right, int height, int size) {}

    private static final PersistentTree<?, ?> EMPTY = new PersistentTree<>(null);

    private final Node<K, V> root;

    private PersistentTree(Node<K, V> root) {
        this.root = root;
    }

    @SuppressWarnings("unchecked")
    static <K extends Comparable<K>, V> PersistentTree<K, V> empty() {
        return (PersistentTree<K, V>) EMPTY;
    }

    int size() {
        return size(root);
    }

    /** The value of {@code key}, or null. */
    V get(K key) {
        Node<K, V> node = root;
        while (node != null) {
            int order = key.compareTo(node.key);
            if (order == 0) {
                return node.value;
            }
            node = order < 0 ? node.left : node.right;
        }
        return null;
    }

    /** A tree with {@code key} mapped to {@code value}, added or replaced. */
    PersistentTree<K, V> put(K key, V value) {
        return new PersistentTree<>(put(root, key, value));
    }

    /** A tree without {@code key}; this tree when it has no such key. */
    PersistentTree<K, V> remove(K key) {
        return get(key) == null ? this : new PersistentTree<>(remove(root, key));
    }

    /** The value with {@code index} smaller keys before it. */
    V valueAt(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        Node<K, V> node = root;
        while (true) {
            int before = size(node.left);
            if (index == before) {
                return node.value;
            }
            if (index < before) {
                node = node.left;
            } else {
                index -= before + 1;
                node = node.right;
            }
        }
    }

    /** The values in key order. */
    Iterator<V> values() {
        Deque<Node<K, V>> path = new ArrayDeque<>();
        descendLeft(root, path);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !path.isEmpty();
            }

            @Override
            public V next() {
                if (path.isEmpty()) {
                    throw new NoSuchElementException();
                }
                Node<K, V> node = path.pop();
                descendLeft(node.right, path);
                return node.value;
            }
        };
    }

    private static <K, V> void descendLeft(Node<K, V> node, Deque<Node<K, V>> path) {
        for (Node<K, V> at = node; at != null; at = at.left) {
            path.push(at);
        }
    }

    private static <K extends Comparable<K>, V> Node<K, V> put(Node<K, V> node, K key, V value) {
        if (node == null) {
            return node(key, value, null, null);
        }
        int order = key.compareTo(node.key);
        if (order < 0) {
            return balanced(node.key, node.value, put(node.left, key, value), node.right);
        }
        if (order > 0) {
            return balanced(node.key, node.value, node.left, put(node.right, key, value));
        }
        return node(key, value, node.left, node.right);
    }

    private static <K extends Comparable<K>, V> Node<K, V> remove(Node<K, V> node, K key) {
        int order = key.compareTo(node.key);
        if (order < 0) {
            return balanced(node.key, node.value, remove(node.left, key), node.right);
        }
        if (order > 0) {
            return balanced(node.key, node.value, node.left, remove(node.right, key));
        }
        if (node.left == null || node.right == null) {
            return node.left == null ? node.right : node.left;
        }
        Node<K, V> next = node.right;
        while (next.left != null) {
            next = next.left;
        }
        return balanced(next.key, next.value, node.left, remove(node.right, next.key));
    }

    /** A node over two subtrees whose heights differ by at most two, rotated back into AVL balance. */
    private static <K, V> Node<K, V> balanced(K key, V value, Node<K, V> left, Node<K, V> right) {
        if (height(left) > height(right) + 1) {
            if (height(left.left) >= height(left.right)) {
                return node(left.key, left.value, left.left, node(key, value, left.right, right));
            }
            Node<K, V> pivot = left.right;
            return node(
                    pivot.key,
                    pivot.value,
                    node(left.key, left.value, left.left, pivot.left),
                    node(key, value, pivot.right, right));
        }
        if (height(right) > height(left) + 1) {
            if (height(right.right) >= height(right.left)) {
                return node(right.key, right.value, node(key, value, left, right.left), right.right);
            }
            Node<K, V> pivot = right.left;
            return node(
                    pivot.key,
                    pivot.value,
                    node(key, value, left, pivot.left),
                    node(right.key, right.value, pivot.right, right.right));
        }
        return node(key, value, left, right);
    }

    private static <K, V> Node<K, V> node(K key, V value, Node<K, V> left, Node<K, V> right) {
        return new Node<>(
                key, value, left, right, 1 + Math.max(height(left), height(right)), 1 + size(left) + size(right));
    }

    private static int height(Node<?, ?> node) {
        return node == null ? 0 : node.height;
    }

    private static int size(Node<?, ?> node) {
        return node == null ? 0 : node.size;
    }
}
