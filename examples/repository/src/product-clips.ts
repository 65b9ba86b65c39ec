import RunwayML from '@runwayml/sdk';

// Priced in genspend.yml as "product clips": gen4_turbo bills 5 credits per second, so a
// 5-second clip is 25 credits; a longer duration here must be declared there.
const MODEL = 'gen4_turbo';
const SECONDS = 5;

// reads RUNWAYML_API_SECRET from the environment
const runway = new RunwayML();

/** A short clip animating a product's hero image. */
export async function productClip(heroImageUrl: string, product: string): Promise<string> {
  const task = await runway.imageToVideo
    .create({
      model: MODEL,
      promptImage: heroImageUrl,
      promptText: `slow turntable spin of ${product}`,
      ratio: '1280:720',
      duration: SECONDS,
    })
    .waitForTaskOutput();
  const clip = task.output?.[0];
  if (!clip) throw new Error(`${MODEL} task ${task.id} returned no video`);
  return clip;
}
