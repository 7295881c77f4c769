//! Sorting without the standard library's sort. Every `slice::sort_by` call with its
//! own element type or comparison adds a copy of that code to the wasm (some 3 KB
//! each); here the sorting itself is compiled once, for indexes.

use std::cmp::Ordering;

/// Sorts `list` stably by `compare`: the same order as `slice::sort_by`, in
/// O(n log n) (a round's member dots can number in the thousands).
pub fn sort_by<T>(list: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_indexes(list.len(), &mut |a, b| compare(&list[a], &list[b]));
    permute(list, order);
}

/// The indexes `0..len` in stable sorted order: a bottom-up merge sort, not generic.
fn sorted_indexes(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..len).collect();
    let mut to = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, mid);
            for slot in &mut to[start..end] {
                // Take from the left run on ties: that keeps the sort stable.
                let take_left = right >= end
                    || (left < mid && compare(from[left], from[right]) != Ordering::Greater);
                if take_left {
                    *slot = from[left];
                    left += 1;
                } else {
                    *slot = from[right];
                    right += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// Reorders `list` so that position `i` holds the element that was at `order[i]`,
/// following each cycle of the permutation with swaps.
fn permute<T>(list: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut current = start;
        while order[current] != start {
            let next = order[current];
            list.swap(current, next);
            order[current] = current;
            current = next;
        }
        order[current] = current;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Pairs compared on the first field only, so equal keys show stability.
        let mut seed = 7_u64;
        for len in (0..70).chain([1000, 4097]) {
            let list: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let mut ours = list.clone();
            let mut std = list;
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std);
        }
    }
}
