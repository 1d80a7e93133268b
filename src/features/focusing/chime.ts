// A soft chime made with the Web Audio API (no audio files), played only when the user chose
// sound for the timers.

let context: AudioContext | undefined;

/** Plays a short, quiet, fading two-tone chime; does nothing where Web Audio is missing. */
export function playChime(): void {
  const Audio = globalThis.AudioContext;
  if (!Audio) return;
  context ??= new Audio();
  const audio = context;
  void audio.resume().catch(() => undefined);
  const start = audio.currentTime + 0.05;
  for (const [index, frequency] of [523.25, 659.25].entries()) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const at = start + index * 0.35;
    // A gentle attack and a long fade, so the sound does not startle.
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.15, at + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.6);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + 1.7);
  }
}
