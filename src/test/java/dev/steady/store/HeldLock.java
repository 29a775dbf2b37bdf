package dev.steady.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** The log's lock held by another thread of this process until {@link #close()}, as another writer holds it. */
final class HeldLock implements AutoCloseable {
  private final CountDownLatch taken = new CountDownLatch(1);
  private final CountDownLatch letGo = new CountDownLatch(1);
  private final Thread holder;

  HeldLock(Path log) throws InterruptedException {
    holder =
        new Thread(
            () -> {
              try (LogLock lock = LogLock.take(log, Duration.ofSeconds(10))) {
                taken.countDown();
                letGo.await();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    holder.start();
    taken.await();
  }

  @Override
  public void close() throws InterruptedException {
    letGo.countDown();
    holder.join();
  }
}
