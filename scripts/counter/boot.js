// Starts the benchmark's baseline Yew counter, as boot.js starts Stepwise.
import init from './counter.js';

init();
