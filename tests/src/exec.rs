//! Running child processes with a deadline.
//!
//! Every command the suite starts (rgo, gc, a freshly built test binary) goes
//! through [`run`], which captures stdout and stderr in full, feeds optional
//! stdin, and kills the child's whole process group when the deadline passes,
//! so a hung compiler or an endless test program cannot stall the suite.
//! Only `std` is used; the group kill shells out to `kill(1)`.

use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, ExitStatus, Stdio};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How a child process ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Normal exit with this code.
    Exited(i32),
    /// Killed by this signal number.
    Signaled(i32),
    /// Still running at the deadline; the runner killed it.
    TimedOut(Duration),
    /// The process could not be started at all.
    NotStarted(String),
}

impl Status {
    /// True for a normal exit with status 0.
    pub fn success(&self) -> bool {
        matches!(self, Status::Exited(0))
    }

    /// The form used in `.err` goldens: `exit status N`, as Go's `os/exec` prints it.
    pub fn describe(&self) -> String {
        match self {
            Status::Exited(n) => format!("exit status {n}"),
            Status::Signaled(s) => format!("killed by signal {s}"),
            Status::TimedOut(d) => format!(
                "timed out after {}s of CPU time (or 4x that of wall time)",
                d.as_secs()
            ),
            Status::NotStarted(e) => format!("could not start: {e}"),
        }
    }

    fn from_exit(st: ExitStatus) -> Status {
        match (st.code(), st.signal()) {
            (Some(c), _) => Status::Exited(c),
            (None, Some(s)) => Status::Signaled(s),
            (None, None) => Status::NotStarted(format!("unknown wait status {st:?}")),
        }
    }
}

/// Everything a finished child produced.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: Status,
}

impl Outcome {
    /// stdout and stderr concatenated, lossily decoded (compiler diagnostics).
    pub fn combined(&self) -> String {
        let mut s = String::from_utf8_lossy(&self.stdout).into_owned();
        s.push_str(&String::from_utf8_lossy(&self.stderr));
        s
    }
}

fn reader<R: Read + Send + 'static>(src: Option<R>) -> JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut r) = src {
            let _ = r.read_to_end(&mut buf);
        }
        buf
    })
}

fn kill_group(pid: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// The CPU time (user and system, its waited-for children included) the
/// process `pid` has used, from `/proc/<pid>/stat` (clock ticks of 1/100 s,
/// Linux's `USER_HZ` on x86-64); `None` once it is gone.
fn cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the parenthesised command name start with field 3.
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let tick = |field: usize| fields.get(field - 3)?.parse::<u64>().ok();
    let ticks = tick(14)? + tick(15)? + tick(16)? + tick(17)?;
    Some(Duration::from_millis(ticks * 10))
}

/// Runs `cmd` to completion (or until it has used `timeout` of CPU time, or
/// four times that of wall-clock time), in its own process group.
pub fn run(mut cmd: Command, stdin: Option<Vec<u8>>, timeout: Duration) -> Outcome {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.process_group(0);
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: Vec::new(),
                status: Status::NotStarted(format!("{:?}: {e}", cmd.get_program())),
            }
        }
    };
    let pid = child.id();
    let writer = child.stdin.take().map(|mut w| {
        let data = stdin.unwrap_or_default();
        thread::spawn(move || {
            let _ = w.write_all(&data);
        })
    });
    let out = reader(child.stdout.take());
    let err = reader(child.stderr.take());

    // The deadline is on the child's CPU time, so a loaded machine (CI next
    // to other builds) does not turn slow into "hung"; a child that hangs
    // without using the CPU (a sleep, a blocked read) is stopped by the
    // wall-clock cap, four times the deadline.
    let wall_deadline = Instant::now() + timeout * 4;
    let mut nap = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Status::from_exit(st),
            Ok(None) => {}
            Err(e) => break Status::NotStarted(e.to_string()),
        }
        let cpu_spent = cpu_time(pid).is_some_and(|t| t >= timeout);
        if cpu_spent || Instant::now() >= wall_deadline {
            kill_group(pid);
            let _ = child.kill();
            let _ = child.wait();
            break Status::TimedOut(timeout);
        }
        thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(20));
    };

    // A grandchild that outlives the child may still hold the pipes open;
    // give it a moment, then kill what is left of the group.
    let grace = Instant::now() + Duration::from_secs(2);
    while !(out.is_finished() && err.is_finished()) {
        if Instant::now() >= grace {
            kill_group(pid);
            break;
        }
        thread::sleep(Duration::from_millis(5));
    }
    if let Some(w) = writer {
        let _ = w.join();
    }
    Outcome {
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_output_and_status() {
        let mut c = Command::new("sh");
        c.args(["-c", "cat; echo err >&2; exit 3"]);
        let o = run(c, Some(b"in\n".to_vec()), Duration::from_secs(10));
        assert_eq!(o.stdout, b"in\n");
        assert_eq!(o.stderr, b"err\n");
        assert_eq!(o.status, Status::Exited(3));
        assert_eq!(o.status.describe(), "exit status 3");
    }

    #[test]
    fn kills_at_deadline() {
        let mut c = Command::new("sh");
        c.args(["-c", "sleep 30"]);
        let t = Instant::now();
        let o = run(c, None, Duration::from_millis(200));
        assert!(matches!(o.status, Status::TimedOut(_)));
        assert!(t.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn missing_program() {
        let o = run(
            Command::new("/nonexistent/rgo"),
            None,
            Duration::from_secs(1),
        );
        assert!(matches!(o.status, Status::NotStarted(_)));
    }
}
