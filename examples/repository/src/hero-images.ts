import { fal } from '@fal-ai/client';

// Priced in genspend.yml as "hero images": a change of endpoint or size here is a change of
// spend there (1536x1024 is 1.5 megapixels, billed as 2 per image).
const ENDPOINT = 'fal-ai/flux/dev';
const SIZE = { width: 1536, height: 1024 };

/** One catalog hero image for a product; fal reads FAL_KEY from the environment. */
export async function heroImage(product: string): Promise<string> {
  const result = await fal.subscribe(ENDPOINT, {
    input: { prompt: `studio photograph of ${product}, soft light, white background`, image_size: SIZE, num_images: 1 },
  });
  const image = result.data.images[0];
  if (!image) throw new Error(`${ENDPOINT} returned no image (request ${result.requestId})`);
  return image.url;
}
