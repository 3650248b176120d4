//! What the backend tells the window without being asked (`UiEvent`: the plan locked, the watch or the embassy
//! directory changed, a notification was clicked), and how the page hears it.
//!
//! The page asks for them: `next_events` answers at once with what happened since its cursor, or waits until
//! something does. Tauri's own events would deliver each one with `evaluate_javascript`, and on WebKitGTK every
//! such call makes the window's process start a JavaScript engine of its own to hold the result nobody reads
//! (measured: 3.7 MB more for the process, for four kinds of event). The answer to a command travels back like
//! any other, through the IPC protocol.

use std::collections::VecDeque;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use tauri::{Manager, Runtime, State};
use tokio::sync::Notify;

pub use lifeboat_plan::ipc::{EventBatch, LockReason, UiEvent};

/// Kept for a page that is busy when they happen; the page asks again as soon as it has handled a batch, so
/// this is only reached by a page that hangs. It is then told it missed some.
const KEPT: usize = 64;
/// A waiting request is answered empty after this, and the page asks again: a request lost on the way costs
/// at most this much delay, never the events after it.
const ANSWER_AT_LATEST: Duration = Duration::from_secs(60);

/// App state: the events of this run, numbered, the newest `KEPT` of them kept.
#[derive(Debug, Default)]
pub struct EventStream {
    inner: Mutex<Kept>,
    arrived: Notify,
}

#[derive(Debug, Default)]
struct Kept {
    /// The number the next event gets.
    next: u64,
    /// Numbered events, oldest first.
    events: VecDeque<(u64, UiEvent)>,
    /// Where a page that has just begun loading starts reading: what happened before it began is not its news.
    page_start: u64,
}

impl EventStream {
    fn kept(&self) -> std::sync::MutexGuard<'_, Kept> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Sends `event` to the page, now if it is waiting, else with its next request.
    pub fn push(&self, event: UiEvent) {
        {
            let mut kept = self.kept();
            let n = kept.next;
            kept.next += 1;
            kept.events.push_back((n, event));
            if kept.events.len() > KEPT {
                kept.events.pop_front();
            }
        }
        self.arrived.notify_waiters();
    }

    /// The window began loading a page (the first, or a reload): its first request reads from here.
    pub fn page_started(&self) {
        let mut kept = self.kept();
        kept.page_start = kept.next;
    }

    /// What happened from `after` on (the page's first request sends none: from when it began loading), or
    /// `None` when nothing did yet.
    fn since(&self, after: Option<u64>) -> Option<EventBatch> {
        let kept = self.kept();
        let from = after.unwrap_or(kept.page_start);
        let oldest = kept.events.front().map_or(kept.next, |(n, _)| *n);
        // A cursor from the future belongs to no page of this run: start that page afresh.
        let missed = from < oldest || from > kept.next;
        let events: Vec<UiEvent> = kept
            .events
            .iter()
            .filter(|(n, _)| *n >= from)
            .map(|(_, e)| e.clone())
            .collect();
        (missed || !events.is_empty() || after.is_none()).then(|| EventBatch {
            next: kept.next,
            events,
            missed,
        })
    }

    /// Answers with the events from `after` on, waiting up to `at_latest` for the first when there are none.
    pub async fn next(&self, after: Option<u64>, at_latest: Duration) -> EventBatch {
        let deadline = tokio::time::Instant::now() + at_latest;
        loop {
            // Registered before looking, so an event pushed between the look and the wait still wakes it.
            let arrived = self.arrived.notified();
            tokio::pin!(arrived);
            arrived.as_mut().enable();
            if let Some(batch) = self.since(after) {
                return batch;
            }
            if tokio::time::timeout_at(deadline, arrived).await.is_err() {
                return EventBatch {
                    next: after.unwrap_or_else(|| self.kept().next),
                    events: Vec::new(),
                    missed: false,
                };
            }
        }
    }
}

/// The page's one way to hear the backend: what happened since `after` (its last answer's `next`; none on its
/// first request), as soon as there is something.
#[tauri::command]
pub async fn next_events(
    stream: State<'_, EventStream>,
    after: Option<u64>,
) -> Result<EventBatch, ()> {
    Ok(stream.next(after, ANSWER_AT_LATEST).await)
}

fn push<R: Runtime>(app: &impl Manager<R>, event: UiEvent) {
    if let Some(stream) = app.try_state::<EventStream>() {
        stream.push(event);
    }
}

pub fn locked<R: Runtime>(app: &impl Manager<R>, reason: LockReason) {
    push(app, UiEvent::VaultLocked { reason });
}

pub fn watch_updated<R: Runtime>(app: &impl Manager<R>) {
    push(app, UiEvent::WatchUpdated);
}

pub fn directory_updated<R: Runtime>(app: &impl Manager<R>) {
    push(app, UiEvent::DirectoryUpdated);
}

pub fn open_country<R: Runtime>(app: &impl Manager<R>, country: String) {
    push(app, UiEvent::OpenCountry { country });
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOON: Duration = Duration::from_millis(50);

    fn locked(reason: LockReason) -> UiEvent {
        UiEvent::VaultLocked { reason }
    }

    #[test]
    fn the_events_are_the_words_the_ui_reads() {
        let json = |e: UiEvent| serde_json::to_value(e).expect("json");
        assert_eq!(
            json(locked(LockReason::Idle)),
            serde_json::json!({"event": "vault-locked", "reason": "idle"})
        );
        assert_eq!(
            json(UiEvent::WatchUpdated),
            serde_json::json!({"event": "watch-updated"})
        );
        assert_eq!(
            json(UiEvent::OpenCountry {
                country: "IR".into()
            }),
            serde_json::json!({"event": "open-country", "country": "IR"})
        );
        for r in [LockReason::User, LockReason::Shortcut, LockReason::Closed] {
            assert_eq!(
                json(locked(r))["reason"],
                r.as_str(),
                "the log line says what the UI hears"
            );
        }
    }

    #[tokio::test]
    async fn a_page_hears_what_happens_after_it_began_loading_once_each_in_order() {
        let stream = EventStream::default();
        stream.push(locked(LockReason::User));
        stream.page_started();
        stream.push(UiEvent::WatchUpdated);

        let first = stream.next(None, SOON).await;
        assert_eq!(
            first.events,
            vec![UiEvent::WatchUpdated],
            "not the lock from before the page"
        );
        assert!(!first.missed);

        stream.push(UiEvent::DirectoryUpdated);
        stream.push(locked(LockReason::Idle));
        let second = stream.next(Some(first.next), SOON).await;
        assert_eq!(
            second.events,
            vec![UiEvent::DirectoryUpdated, locked(LockReason::Idle)]
        );

        let quiet = stream.next(Some(second.next), SOON).await;
        assert!(quiet.events.is_empty(), "nothing twice");
        assert_eq!(quiet.next, second.next);
    }

    #[tokio::test]
    async fn a_waiting_page_is_answered_as_soon_as_something_happens() {
        let stream = std::sync::Arc::new(EventStream::default());
        let cursor = stream.next(None, SOON).await.next;
        let pusher = stream.clone();
        let waiting = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(20)).await;
            pusher.push(UiEvent::OpenCountry {
                country: "TR".into(),
            });
        });
        let started = std::time::Instant::now();
        let batch = stream.next(Some(cursor), Duration::from_secs(30)).await;
        waiting.await.expect("pusher");
        assert_eq!(
            batch.events,
            vec![UiEvent::OpenCountry {
                country: "TR".into()
            }]
        );
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "woken by the event, not by the time limit"
        );
    }

    #[tokio::test]
    async fn a_page_that_fell_behind_is_told_it_missed_events() {
        let stream = EventStream::default();
        let cursor = stream.next(None, SOON).await.next;
        for _ in 0..KEPT + 3 {
            stream.push(UiEvent::WatchUpdated);
        }
        let batch = stream.next(Some(cursor), SOON).await;
        assert!(batch.missed);
        assert_eq!(batch.events.len(), KEPT, "the newest are still given");

        let from_another_run = stream.next(Some(batch.next + 100), SOON).await;
        assert!(from_another_run.missed);
        assert!(from_another_run.events.is_empty());
        assert_eq!(from_another_run.next, batch.next);
    }
}
