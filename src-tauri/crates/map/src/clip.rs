//! Keeping what the frame shows: borders outside it are left out of the SVG rather than hidden under a clip
//! path, so a map of Iran does not carry the outline of Chile.

/// A rectangle in map units.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// The parts of a polyline inside `r` (Liang–Barsky per segment); a line that leaves and re-enters the frame
/// becomes two.
pub(crate) fn clip_polyline(points: &[(f64, f64)], r: Rect) -> Vec<Vec<(f64, f64)>> {
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    for pair in points.windows(2) {
        match clip_segment(pair[0], pair[1], r) {
            Some((a, b)) => {
                if current.last() != Some(&a) {
                    if current.len() > 1 {
                        runs.push(std::mem::take(&mut current));
                    }
                    current.clear();
                    current.push(a);
                }
                current.push(b);
                // Cut short: the line leaves the frame here.
                if b != pair[1] {
                    runs.push(std::mem::take(&mut current));
                }
            }
            None => {
                if current.len() > 1 {
                    runs.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
    }
    if current.len() > 1 {
        runs.push(current);
    }
    runs
}

fn clip_segment(a: (f64, f64), b: (f64, f64), r: Rect) -> Option<((f64, f64), (f64, f64))> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, a.0 - r.x0),
        (dx, r.x1 - a.0),
        (-dy, a.1 - r.y0),
        (dy, r.y1 - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    if t0 > t1 {
        return None;
    }
    let at = |t: f64| {
        if t == 0.0 {
            a
        } else if t == 1.0 {
            b
        } else {
            (a.0 + t * dx, a.1 + t * dy)
        }
    };
    Some((at(t0), at(t1)))
}

/// A filled ring cut to `r` (Sutherland–Hodgman). Where the ring leaves the frame the result runs along the
/// frame's edge, which only a fill without a stroke can show cleanly: borders are stroked from the arcs instead.
pub(crate) fn clip_ring(ring: &[(f64, f64)], r: Rect) -> Vec<(f64, f64)> {
    type Inside = fn((f64, f64), Rect) -> bool;
    type Cross = fn((f64, f64), (f64, f64), Rect) -> (f64, f64);
    let edges: [(Inside, Cross); 4] = [
        (|p, r| p.0 >= r.x0, |a, b, r| at_x(a, b, r.x0)),
        (|p, r| p.0 <= r.x1, |a, b, r| at_x(a, b, r.x1)),
        (|p, r| p.1 >= r.y0, |a, b, r| at_y(a, b, r.y0)),
        (|p, r| p.1 <= r.y1, |a, b, r| at_y(a, b, r.y1)),
    ];
    let mut out = ring.to_vec();
    for (inside, cross) in edges {
        let input = std::mem::take(&mut out);
        let Some(&last) = input.last() else {
            return out;
        };
        let mut prev = last;
        for &p in &input {
            match (inside(p, r), inside(prev, r)) {
                (true, true) => out.push(p),
                (true, false) => {
                    out.push(cross(prev, p, r));
                    out.push(p);
                }
                (false, true) => out.push(cross(prev, p, r)),
                (false, false) => {}
            }
            prev = p;
        }
    }
    out
}

fn at_x(a: (f64, f64), b: (f64, f64), x: f64) -> (f64, f64) {
    let t = (x - a.0) / (b.0 - a.0);
    (x, a.1 + t * (b.1 - a.1))
}

fn at_y(a: (f64, f64), b: (f64, f64), y: f64) -> (f64, f64) {
    let t = (y - a.1) / (b.1 - a.1);
    (a.0 + t * (b.0 - a.0), y)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Rect = Rect {
        x0: 0.0,
        y0: 0.0,
        x1: 100.0,
        y1: 100.0,
    };

    #[test]
    fn a_line_crossing_the_frame_is_cut_at_its_edges() {
        let runs = clip_polyline(&[(-50.0, 50.0), (150.0, 50.0)], FRAME);
        assert_eq!(runs, vec![vec![(0.0, 50.0), (100.0, 50.0)]]);
    }

    #[test]
    fn a_line_that_leaves_and_comes_back_becomes_two_runs() {
        let runs = clip_polyline(
            &[(10.0, 10.0), (50.0, -50.0), (90.0, 10.0), (90.0, 20.0)],
            FRAME,
        );
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[0][0], (10.0, 10.0));
        assert_eq!(runs[1].last(), Some(&(90.0, 20.0)));
        let inside = clip_polyline(&[(10.0, 10.0), (20.0, 20.0), (30.0, 10.0)], FRAME);
        assert_eq!(inside, vec![vec![(10.0, 10.0), (20.0, 20.0), (30.0, 10.0)]]);
        assert!(clip_polyline(&[(-10.0, -10.0), (-20.0, 50.0)], FRAME).is_empty());
    }

    #[test]
    fn a_ring_larger_than_the_frame_fills_the_frame() {
        let ring = [
            (-10.0, -10.0),
            (110.0, -10.0),
            (110.0, 110.0),
            (-10.0, 110.0),
        ];
        let clipped = clip_ring(&ring, FRAME);
        assert!(clipped
            .iter()
            .all(|&(x, y)| (0.0..=100.0).contains(&x) && (0.0..=100.0).contains(&y)));
        assert_eq!(clipped.len(), 4);
        assert!(clip_ring(&[(200.0, 200.0), (300.0, 200.0), (250.0, 300.0)], FRAME).is_empty());
    }
}
