import Foundation
import Sociogram

extension RenderWorkerPool {
    /// The pool's mutable state behind one lock: the queue of jobs and one slot per worker.
    final class Core: @unchecked Sendable {
        struct Pending {
            let job: RenderJob
            let continuation: CheckedContinuation<Result<RenderOutput, RenderWorkerError>, Never>

            func answer(_ result: Result<RenderOutput, RenderWorkerError>) { continuation.resume(returning: result) }
        }

        /// One worker at a time; a new one after the last stopped.
        final class Slot: @unchecked Sendable {
            var process: WorkerProcess?
            var current: Pending?
            var timer: Task<Void, Never>?
            var timedOut = false
            /// Jobs its current worker has answered.
            var answered = 0
            /// Counts the workers started in this slot (tells a stopped worker's last calls from the new one's).
            var generation = 0
        }

        private let executable: String
        private let arguments: [String]
        private let jobTimeout: Duration
        private let environment: [String: String]
        private let lock = NSLock()
        private var slots: [Slot]
        private var queue: [Pending] = []
        private var nextID: UInt64 = 0
        private var shuttingDown = false
        private var shutdownWaiters: [CheckedContinuation<Void, Never>] = []

        init(executable: String, arguments: [String], processes: Int, jobTimeout: Duration, environment: [String: String]) {
            self.executable = executable
            self.arguments = arguments
            self.jobTimeout = jobTimeout
            self.environment = environment
            slots = (0..<processes).map { _ in Slot() }
            lock.lock()
            let started = slots.map { startLocked($0) }
            lock.unlock()
            for process in started { process.start() }
        }

        func newID() -> UInt64 {
            lock.lock()
            defer { lock.unlock() }
            nextID += 1
            return nextID
        }

        func submit(_ pending: Pending) {
            lock.lock()
            if shuttingDown {
                lock.unlock()
                pending.answer(.failure(.shutDown))
                return
            }
            queue.append(pending)
            lock.unlock()
            dispatch()
        }

        /// A job still waiting is answered ``RenderWorkerError/cancelled``; one being drawn is left to finish.
        func cancel(_ id: UInt64) {
            lock.lock()
            let index = queue.firstIndex { $0.job.id == id }
            let removed = index.map { queue.remove(at: $0) }
            lock.unlock()
            removed?.answer(.failure(.cancelled))
        }

        /// Gives waiting jobs to free workers, starting a worker where a slot has none.
        private func dispatch() {
            var sends: [(WorkerProcess, RenderJob)] = []
            var starts: [WorkerProcess] = []
            lock.lock()
            for slot in slots where slot.current == nil && !queue.isEmpty {
                if slot.process == nil { starts.append(startLocked(slot)) }
                guard let process = slot.process else { continue }
                let pending = queue.removeFirst()
                slot.current = pending
                slot.timedOut = false
                let id = pending.job.id
                let timeout = jobTimeout
                slot.timer = Task.detached { [weak self] in
                    do { try await Task.sleep(for: timeout) } catch { return }
                    self?.timeOut(slot, id)
                }
                sends.append((process, pending.job))
            }
            lock.unlock()
            for process in starts { process.start() }
            for (process, job) in sends { process.send(job) }
        }

        /// A new worker for `slot` (lock held); the caller starts it after unlocking.
        private func startLocked(_ slot: Slot) -> WorkerProcess {
            slot.generation += 1
            let generation = slot.generation
            let process = WorkerProcess(
                executable: executable, arguments: arguments, environment: environment,
                onLine: { [weak self] line in self?.received(line, slot) },
                onExit: { [weak self] exit in self?.ended(slot, generation, exit) })
            slot.process = process
            slot.answered = 0
            return process
        }

        private func received(_ line: Data, _ slot: Slot) {
            guard let answer = LineFraming.decode(RenderAnswer.self, line) else { return }
            lock.lock()
            guard let pending = slot.current, pending.job.id == answer.id, !slot.timedOut else {
                lock.unlock()
                return
            }
            slot.current = nil
            slot.answered += 1
            slot.timer?.cancel()
            slot.timer = nil
            lock.unlock()
            if let error = answer.error {
                pending.answer(.failure(.render(error.renderError)))
            } else {
                pending.answer(.success(RenderOutput(bytes: Array(answer.bytes ?? Data()), warnings: answer.warnings)))
            }
            dispatch()
        }

        private func timeOut(_ slot: Slot, _ id: UInt64) {
            lock.lock()
            guard slot.current?.job.id == id, !slot.timedOut else {
                lock.unlock()
                return
            }
            slot.timedOut = true
            let process = slot.process
            lock.unlock()
            process?.kill()
        }

        /// Answers the job of a worker that stopped, and starts a fresh worker when the stopped one had
        /// worked (a worker that cannot start is started again only when a job needs it).
        private func ended(_ slot: Slot, _ generation: Int, _ exit: WorkerExit) {
            lock.lock()
            guard slot.generation == generation, slot.process != nil else {
                lock.unlock()
                return
            }
            slot.process = nil
            let pending = slot.current
            slot.current = nil
            slot.timer?.cancel()
            slot.timer = nil
            let timedOut = slot.timedOut
            slot.timedOut = false
            let worked = slot.answered > 0 || pending != nil
            var startable = true
            if case .notStarted = exit { startable = false }
            let fresh = !shuttingDown && worked && startable ? startLocked(slot) : nil
            let waiters = shuttingDown && slots.allSatisfy { $0.process == nil } ? shutdownWaiters : []
            if !waiters.isEmpty { shutdownWaiters = [] }
            lock.unlock()
            if let pending {
                if timedOut {
                    pending.answer(.failure(.timedOut(seconds: jobTimeout.seconds)))
                } else if case .notStarted(let detail) = exit {
                    pending.answer(.failure(.cannotStart(detail)))
                } else {
                    pending.answer(.failure(.crashed(exit)))
                }
            }
            fresh?.start()
            for waiter in waiters { waiter.resume() }
            dispatch()
        }

        func shutdown() async {
            let (waiting, processes) = beginShutdown()
            for pending in waiting { pending.answer(.failure(.shutDown)) }
            for process in processes { process.closeInput() }
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                if !addShutdownWaiter(continuation) { continuation.resume() }
            }
        }

        /// Refuses new jobs. Returns the waiting ones and the workers to close.
        private func beginShutdown() -> ([Pending], [WorkerProcess]) {
            lock.lock()
            defer { lock.unlock() }
            shuttingDown = true
            let waiting = queue
            queue = []
            return (waiting, slots.compactMap(\.process))
        }

        /// Keeps `continuation` for when the last worker has exited; `false` when none is left.
        private func addShutdownWaiter(_ continuation: CheckedContinuation<Void, Never>) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if slots.allSatisfy({ $0.process == nil }) { return false }
            shutdownWaiters.append(continuation)
            return true
        }

        /// Closes every worker's input (they exit after their current diagram).
        func closeAll() {
            lock.lock()
            shuttingDown = true
            let processes = slots.compactMap(\.process)
            lock.unlock()
            for process in processes { process.closeInput() }
        }
    }
}
