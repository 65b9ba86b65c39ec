/**
 * Runway request facts a quote needs beyond the catalog, as data with their sources: the create
 * endpoints, what each `outputFormat` is billed as, and model defaults for fields a body may
 * leave out. A default with no source is not here: the quote asks for the field instead.
 */

/** The create endpoints of the Runway API (`POST /v1/<endpoint>`), as the SDK names their resources. */
export const RUNWAY_ENDPOINTS = [
  'text_to_video',
  'image_to_video',
  'video_to_video',
  'text_to_image',
  'character_performance',
  'text_to_speech',
  'sound_effect',
  'voice_dubbing',
  'speech_to_speech',
  'voice_isolation',
  'video_upscale',
  'image_upscale',
] as const;
export type RunwayEndpoint = (typeof RUNWAY_ENDPOINTS)[number];

/**
 * What an endpoint's price reads that its body cannot carry: the length of the media sent in.
 * Asked for by name (`given: { seconds }`), never guessed.
 */
export const RUNWAY_INPUT_MEDIA: Readonly<Partial<Record<RunwayEndpoint, string>>> = {
  character_performance: 'the length in seconds of the reference performance video (`reference`)',
  voice_dubbing: 'the length in seconds of the audio sent in (`audioUri`)',
  speech_to_speech: 'the length in seconds of the speech sent in (`media`)',
  voice_isolation: 'the length in seconds of the audio sent in (`audioUri`)',
  video_upscale: 'the length in seconds of the video sent in (`videoUri`)',
  video_to_video: 'the length in seconds of the video sent in (`videoUri`)',
};

export const RUNWAY_OUTPUT_FORMAT_SOURCE = 'https://github.com/runwayml/sdk-node/blob/main/src/resources/text-to-video.ts';

/**
 * `outputFormat` as the SDK documents its surcharges: prores and png_sequence add the non-mp4
 * charge; every 10-bit and deeper profile (12-bit, 16-bit PNG, half-float EXR) adds the bit-depth
 * charge instead, whose size depends on the output's megapixels.
 */
export const RUNWAY_OUTPUT_FORMATS: Readonly<Record<string, { format?: string; bitDepth?: number }>> = {
  mp4: { format: 'mp4' },
  prores: { format: 'prores' },
  png_sequence: { format: 'png_sequence' },
  hdr10: { bitDepth: 10 },
  hlg: { bitDepth: 10 },
  sdr_rec709_10bit: { bitDepth: 10 },
  hdr_prores: { bitDepth: 10 },
  hdr_pq_12bit_master: { bitDepth: 12 },
  hdr_png_sequence: { bitDepth: 16 },
  hdr_exr_sequence: { bitDepth: 16 },
  hdr_exr_acescg_sequence_1_3: { bitDepth: 16 },
  hdr_exr_acescg_sequence_2_0: { bitDepth: 16 },
};

export interface RunwayDefault {
  readonly duration?: number;
  readonly audio?: boolean;
  readonly source: string;
  readonly verified: boolean;
  readonly note?: string;
}

/**
 * Model defaults for fields the SDK marks optional. The SDK's types do not state the values;
 * these come from Runway's API reference and are unverified until read there again.
 */
export const RUNWAY_DEFAULTS: Readonly<Record<string, RunwayDefault>> = {
  gen4_turbo: {
    duration: 10,
    source: 'https://docs.dev.runwayml.com/api/#tag/Start-generating/paths/~1v1~1image_to_video/post',
    verified: false,
    note: 'read from a copy of the API reference ("5 or 10; default 10")',
  },
  'veo3.1': {
    duration: 8,
    audio: true,
    source: 'https://docs.dev.runwayml.com/api/#tag/Start-generating/paths/~1v1~1text_to_video/post',
    verified: false,
  },
  'veo3.1_fast': {
    duration: 8,
    audio: true,
    source: 'https://docs.dev.runwayml.com/api/#tag/Start-generating/paths/~1v1~1text_to_video/post',
    verified: false,
  },
};
