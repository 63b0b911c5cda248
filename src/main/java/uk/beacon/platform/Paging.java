package uk.beacon.platform;

import org.springframework.modulith.NamedInterface;

/**
 * The one check of a page asked for by number, for every list shown a page at a time: the page is a whole number
 * from 1 to the last page (1 when the list is empty), and its size from 1 to {@value #MAX_SIZE}; anything else is
 * refused (400) naming the parameter, {@code page} or {@code size}. The offset is computed in {@code long}, so no
 * page number can overflow it.
 *
 * @param number the page, from 1 (a {@code long}, so that any number a client sends is checked here)
 * @param size the entries a page
 * @param total the entries in the whole list
 */
@NamedInterface("paging")
public record Paging(long number, int size, long total) {

    public static final int MAX_SIZE = 500;

    public Paging {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "The page size must be from 1 to " + MAX_SIZE);
        }
        if (total < 0) {
            throw new IllegalArgumentException("A list has no fewer than 0 entries");
        }
        long last = lastPage(total, size);
        if (number < 1 || number > last) {
            throw new InvalidRequestException("page", last == 1 ? "There is only page 1"
                    : "The page must be a whole number from 1 to " + last);
        }
    }

    /** The position of the page's first entry in the whole list, from 0. */
    public long offset() {
        return (number - 1L) * size;
    }

    public long lastPage() {
        return lastPage(total, size);
    }

    private static long lastPage(long total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
