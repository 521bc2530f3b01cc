package org.masthead.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ObjIntConsumer;

/**
 * The rules of an ordered tree kept as rows with a parent and a position among their siblings (categories, menu
 * entries): positions without gaps, moving one place up or down, and no node under itself. One place for them, so
 * that both trees behave alike.
 *
 * @param <T> the row type
 */
public final class SiblingOrder<T> {

    private final Function<T, Long> id;
    private final Function<T, Long> parentId;
    private final ObjIntConsumer<T> setPosition;
    private final LongFunction<T> byId;

    /**
     * For a Panache entity pass {@code byId} as a lambda ({@code id -> Category.findById(id)}): a method reference
     * would name PanacheEntityBase's placeholder, which Panache does not replace.
     */
    public SiblingOrder(Function<T, Long> id, Function<T, Long> parentId, ObjIntConsumer<T> setPosition, LongFunction<T> byId) {
        this.id = id;
        this.parentId = parentId;
        this.setPosition = setPosition;
        this.byId = byId;
    }

    /** Numbers {@code siblings} 0, 1, 2… in the order given; answers them. */
    public List<T> renumber(List<T> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            setPosition.accept(siblings.get(i), i);
        }
        return siblings;
    }

    /** {@code siblings} without {@code node}. */
    public List<T> without(List<T> siblings, T node) {
        return siblings.stream().filter(s -> !id.apply(s).equals(id.apply(node))).toList();
    }

    public int indexOf(List<T> siblings, T node) {
        for (int i = 0; i < siblings.size(); i++) {
            if (id.apply(siblings.get(i)).equals(id.apply(node))) {
                return i;
            }
        }
        throw new IllegalStateException("Row " + id.apply(node) + " is not among its siblings");
    }

    /**
     * Renumbers {@code siblings} and swaps {@code node} with the one before ({@code up}) or after it; answers that
     * neighbour, or empty when the node is already first (last) and nothing changed but the numbering.
     */
    public Optional<T> swap(List<T> siblings, T node, boolean up) {
        renumber(siblings);
        int at = indexOf(siblings, node);
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= siblings.size()) {
            return Optional.empty();
        }
        T neighbour = siblings.get(other);
        setPosition.accept(neighbour, at);
        setPosition.accept(node, other);
        return Optional.of(neighbour);
    }

    /** Putting the row {@code nodeId} under {@code parent} would make it its own ancestor. */
    public boolean formsCycle(long nodeId, T parent) {
        for (T at = parent; at != null; at = parentId.apply(at) == null ? null : byId.apply(parentId.apply(at))) {
            if (Objects.equals(id.apply(at), nodeId)) {
                return true;
            }
        }
        return false;
    }
}
