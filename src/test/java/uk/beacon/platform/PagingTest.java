package uk.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagingTest {

    @Test
    void theOffsetOfTheLastPageOfAHugeListDoesNotOverflow() {
        Paging last = new Paging(Integer.MAX_VALUE + 10L, 50, 50L * (Integer.MAX_VALUE + 10L));

        assertThat(last.offset()).isEqualTo(50L * (Integer.MAX_VALUE + 9L));
        assertThat(last.lastPage()).isEqualTo(Integer.MAX_VALUE + 10L);
    }

    @Test
    void anEmptyListHasOnePage() {
        assertThat(new Paging(1, 50, 0).lastPage()).isEqualTo(1);
        assertThat(new Paging(1, 50, 0).offset()).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE, 4, 42949674, Integer.MAX_VALUE, Long.MAX_VALUE})
    void aPageThatIsNotThereIsRefusedNamingThePage(long number) {
        assertThatThrownBy(() -> new Paging(number, 50, 150)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("page")
                        .containsEntry("page", "The page must be a whole number from 1 to 3"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Paging.MAX_SIZE + 1, Integer.MAX_VALUE})
    void aPageSizeOutOfBoundsIsRefusedNamingTheSize(int size) {
        assertThatThrownBy(() -> new Paging(1, size, 10)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("size"));
    }
}
