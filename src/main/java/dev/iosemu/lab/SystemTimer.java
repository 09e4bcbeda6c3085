package dev.iosemu.lab;

import java.time.Duration;

/** The lab timer in real time; stateless. */
enum SystemTimer implements LabTimer {
    INSTANCE;

    @Override
    public void after(Duration delay, Runnable action) {
        if (delay.isZero() || delay.isNegative()) {
            action.run();
            return;
        }
        Thread.ofVirtual().name("lab-timer").start(() -> {
            try {
                Thread.sleep(delay); // this is the timer itself: a parked virtual thread, no platform thread
            } catch (InterruptedException e) {
                return;
            }
            action.run();
        });
    }
}
