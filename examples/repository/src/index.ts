import { heroImage } from './hero-images.js';
import { productClip } from './product-clips.js';

/** A new product's media: a hero image, then a clip made from it. */
export async function productMedia(product: string): Promise<{ image: string; clip: string }> {
  const image = await heroImage(product);
  const clip = await productClip(image, product);
  return { image, clip };
}
