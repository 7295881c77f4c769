//! Sorting the app's short lists.

use std::cmp::Ordering;

/// Sorts `list` stably by `compare`, in the same order as `slice::sort_by`. An
/// insertion sort: the lists sorted here are short (a team's rounds, the dimensions,
/// a round's respondents), and every `slice::sort_by` adds its own copy of the
/// standard library's sorting code to the wasm (some 3 KB each).
pub fn sort_by<T>(list: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && compare(&list[j - 1], &list[j]) == Ordering::Greater {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Pairs compared on the first field only, so equal keys show stability.
        let mut seed = 7_u64;
        for len in 0..60 {
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
