/**
 * fal endpoints' input defaults for the fields that can change a price, as @fal-ai/client's
 * endpoint types state them ("Default value: ..." on each input field). A quote assumes these
 * for a field the request leaves out, and says so. Regenerate by reading the same file of a newer
 * client; an endpoint the client does not type has no row, so a field it leaves out is asked for.
 */
export const FAL_INPUT_SOURCE = {
  package: '@fal-ai/client',
  version: '1.10.1',
  file: 'src/types/endpoints.d.ts',
  url: 'https://www.npmjs.com/package/@fal-ai/client/v/1.10.1',
} as const;

export type FalInputDefault = string | number | boolean;

export interface FalInput {
  /** The input type the client names for the endpoint (after its aliases). */
  readonly type: string;
  readonly defaults: Readonly<Record<string, FalInputDefault>>;
}

// prettier-ignore
export const FAL_INPUTS: Readonly<Record<string, FalInput>> = {
  "fal-ai/flux/dev": { type: "FluxDevInput", defaults: {"image_size":"landscape_4_3","num_images":1} },
  "fal-ai/flux/schnell": { type: "FluxDevInput", defaults: {"image_size":"landscape_4_3","num_images":1} },
  "fal-ai/qwen-image": { type: "QwenImageInput", defaults: {"image_size":"landscape_4_3","num_images":1} },
  "fal-ai/flux-lora": { type: "FluxLoraInput", defaults: {"image_size":"landscape_4_3","num_images":1} },
  "fal-ai/bytedance/seedream/v4.5/text-to-image": { type: "SeedDream45T2IInput", defaults: {"num_images":1} },
  "fal-ai/bytedance/seedream/v4/text-to-image": { type: "SeedDream4T2IInput", defaults: {"num_images":1} },
  "fal-ai/flux-pro/kontext": { type: "FluxKontextInput", defaults: {"num_images":1} },
  "fal-ai/nano-banana": { type: "NanoBananaInput", defaults: {"num_images":1,"aspect_ratio":"1:1"} },
  "fal-ai/flux-pro/v1.1-ultra": { type: "FluxProV11UltraInput", defaults: {"num_images":1,"aspect_ratio":"16:9"} },
  "fal-ai/nano-banana-2/edit": { type: "NanoBanana2EditInput", defaults: {"num_images":1,"resolution":"1K","aspect_ratio":"auto"} },
  "fal-ai/flux-pro/kontext/max": { type: "FluxKontextInput", defaults: {"num_images":1} },
  "fal-ai/flux-pro/kontext/text-to-image": { type: "FluxProKontextTextToImageInput", defaults: {"num_images":1,"aspect_ratio":"1:1"} },
  "fal-ai/flux-pro/kontext/multi": { type: "FluxKontextMultiInput", defaults: {"num_images":1} },
  "fal-ai/flux-pro/v1.1-ultra/redux": { type: "FluxProV11UltraReduxInput", defaults: {"num_images":1,"aspect_ratio":"16:9"} },
  "fal-ai/flux-pro/v1.1/redux": { type: "FluxProV1ReduxInput", defaults: {"image_size":"landscape_4_3","num_images":1} },
  "fal-ai/flux-pro/v1.1-ultra-finetuned": { type: "FluxProV11UltraFinetunedInput", defaults: {"num_images":1,"aspect_ratio":"16:9"} },
  "fal-ai/nano-banana-pro": { type: "NanoBananaProInput", defaults: {"num_images":1,"resolution":"1K","aspect_ratio":"1:1"} },
  "fal-ai/nano-banana-pro/edit": { type: "NanoBananaProEditInput", defaults: {"num_images":1,"resolution":"1K","aspect_ratio":"auto"} },
  "fal-ai/nano-banana-2": { type: "NanoBanana2Input", defaults: {"num_images":1,"resolution":"1K","aspect_ratio":"auto"} },
  "fal-ai/clarity-upscaler": { type: "ClarityUpscalerInput", defaults: {} },
  "fal-ai/flux/dev/image-to-image": { type: "BaseImageToInput", defaults: {"num_images":1} },
  "fal-ai/bytedance/seedream/v5/lite/text-to-image": { type: "SeedDream50LiteT2IInput", defaults: {"image_size":"auto_2K","num_images":1} },
  "fal-ai/bytedance/seedream/v5/lite/edit": { type: "SeedDream50LiteEditInput", defaults: {"image_size":"auto_2K","num_images":1} },
  "fal-ai/bytedance/seedream/v4/edit": { type: "SeedDream4EditInput", defaults: {"num_images":1} },
  "fal-ai/ideogram/v3": { type: "IdeogramV3Input", defaults: {"image_size":"square_hd","num_images":1,"rendering_speed":"BALANCED"} },
  "fal-ai/minimax/hailuo-02/standard/image-to-video": { type: "StandardImageToVideoHailuo02Input", defaults: {"duration":"6","resolution":"768P"} },
  "fal-ai/minimax/hailuo-2.3/standard/text-to-video": { type: "StandardTextToVideoHailuo02Input", defaults: {"duration":"6"} },
  "fal-ai/veo3.1/reference-to-video": { type: "Veo31ReferenceToVideoInput", defaults: {"duration":"8s","resolution":"720p","aspect_ratio":"16:9","generate_audio":true} },
  "fal-ai/veo3.1/fast/first-last-frame-to-video": { type: "Veo31FirstLastFrameToVideoInput", defaults: {"duration":"8s","resolution":"720p","aspect_ratio":"auto","generate_audio":true} },
  "fal-ai/veo3.1/image-to-video": { type: "Veo3ImageToVideoInput", defaults: {"duration":"8s","resolution":"720p","aspect_ratio":"auto","generate_audio":true} },
  "fal-ai/sora-2/text-to-video": { type: "Sora2TextToVideoInput", defaults: {"duration":"4","resolution":"720p","aspect_ratio":"16:9"} },
  "fal-ai/sora-2/text-to-video/pro": { type: "ProTextToVideoInput", defaults: {"duration":"4","resolution":"1080p","aspect_ratio":"16:9"} },
  "fal-ai/kling-video/v2.6/pro/image-to-video": { type: "KlingVideoV26ProImageToVideoInput", defaults: {"duration":"5","generate_audio":true} },
  "fal-ai/kling-video/v2.5-turbo/standard/image-to-video": { type: "KlingVideoV2MasterImageToVideoInput", defaults: {"duration":"5"} },
  "fal-ai/kling-video/v2.1/standard/image-to-video": { type: "KlingVideoV2MasterImageToVideoInput", defaults: {"duration":"5"} },
  "fal-ai/wan-25-preview/text-to-video": { type: "Wan27TextToVideoInput", defaults: {"duration":"5","resolution":"1080p","aspect_ratio":"16:9"} },
  "fal-ai/wan-25-preview/image-to-video": { type: "Wan25PreviewImageToVideoInput", defaults: {"duration":"5","resolution":"1080p"} },
  "fal-ai/kling-video/v2.5-turbo/pro/image-to-video": { type: "KlingVideoV25TurboProImageToVideoInput", defaults: {"duration":"5"} },
  "fal-ai/kling-video/v2.5-turbo/pro/text-to-video": { type: "KlingVideoV15ProTextToVideoInput", defaults: {"duration":"5","aspect_ratio":"16:9"} },
  "fal-ai/veo3": { type: "veo3Input", defaults: {"duration":"8s","resolution":"720p","aspect_ratio":"16:9","generate_audio":true} },
  "fal-ai/veo3.1": { type: "veo3Input", defaults: {"duration":"8s","resolution":"720p","aspect_ratio":"16:9","generate_audio":true} },
  "fal-ai/veo3/fast": { type: "veo3Input", defaults: {"duration":"8s","resolution":"720p","aspect_ratio":"16:9","generate_audio":true} },
  "fal-ai/veo3.1/fast": { type: "veo3Input", defaults: {"duration":"8s","resolution":"720p","aspect_ratio":"16:9","generate_audio":true} },
  "fal-ai/veo3.1/fast/image-to-video": { type: "Veo3ImageToVideoInput", defaults: {"duration":"8s","resolution":"720p","aspect_ratio":"auto","generate_audio":true} },
  "fal-ai/veo3.1/first-last-frame-to-video": { type: "Veo31FirstLastFrameToVideoInput", defaults: {"duration":"8s","resolution":"720p","aspect_ratio":"auto","generate_audio":true} },
  "fal-ai/bytedance/omnihuman/v1.5": { type: "OmniHumanv15Input", defaults: {"resolution":"1080p"} },
  "fal-ai/minimax/video-01": { type: "MinimaxVideo01Input", defaults: {} },
  "fal-ai/kling-video/v3/pro/text-to-video": { type: "KlingVideoV3ProTextToVideoInput", defaults: {"duration":"5","aspect_ratio":"16:9","generate_audio":true} },
  "fal-ai/kling-video/v3/pro/image-to-video": { type: "KlingVideoV3ProImageToVideoInput", defaults: {"duration":"5","generate_audio":true} },
  "fal-ai/kling-video/v3/standard/image-to-video": { type: "KlingVideoV3ProImageToVideoInput", defaults: {"duration":"5","generate_audio":true} },
  "fal-ai/kling-video/v3/standard/text-to-video": { type: "KlingVideoV3ProTextToVideoInput", defaults: {"duration":"5","aspect_ratio":"16:9","generate_audio":true} },
  "fal-ai/bria/background/remove": { type: "BGRemoveInput", defaults: {} },
  "fal-ai/trellis": { type: "trellisInput", defaults: {} },
  "fal-ai/pixverse/v6/extend": { type: "PixverseV6ExtendInput", defaults: {"duration":5,"resolution":"720p"} },
  "fal-ai/elevenlabs/tts/multilingual-v2": { type: "ElevenlabsTtsTurboV25Input", defaults: {} },
  "fal-ai/elevenlabs/tts/turbo-v2.5": { type: "ElevenlabsTtsTurboV25Input", defaults: {} },
  "fal-ai/minimax/speech-2.8-hd": { type: "MinimaxSpeech28HdInput", defaults: {} },
  "fal-ai/flux-pro/v1.1": { type: "FluxProV11Input", defaults: {"image_size":"landscape_4_3","num_images":1} },
  "fal-ai/flux-kontext-lora": { type: "BaseKontextEditInput", defaults: {"num_images":1} },
  "fal-ai/flux-2-flex": { type: "Flux2FlexInput", defaults: {"image_size":"landscape_4_3"} },
  "fal-ai/recraft/v3/text-to-image": { type: "Recraft20bInput", defaults: {"image_size":"square_hd"} },
  "fal-ai/kling-video/v1.6/standard/image-to-video": { type: "KlingVideoV2MasterImageToVideoInput", defaults: {"duration":"5"} },
  "fal-ai/kling-video/v1.6/pro/image-to-video": { type: "KlingVideoV16ProImageToVideoInput", defaults: {"duration":"5","aspect_ratio":"16:9"} },
  "fal-ai/kling-video/v2.1/master/image-to-video": { type: "KlingVideoV2MasterImageToVideoInput", defaults: {"duration":"5"} },
  "fal-ai/kling-video/v2.1/master/text-to-video": { type: "KlingVideoV15ProTextToVideoInput", defaults: {"duration":"5","aspect_ratio":"16:9"} },
  "fal-ai/sora-2/image-to-video": { type: "Sora2ImageToVideoInput", defaults: {"duration":"4","resolution":"auto","aspect_ratio":"auto"} },
  "fal-ai/elevenlabs/text-to-dialogue/eleven-v3": { type: "ElevenlabsTextToDialogueElevenV3Input", defaults: {} },
  "fal-ai/luma-dream-machine/ray-2-flash": { type: "LumaDreamMachineRay2Input", defaults: {"duration":"5s","resolution":"540p","aspect_ratio":"16:9"} },
  "fal-ai/luma-dream-machine/ray-2-flash/image-to-video": { type: "LumaDreamMachineRay2ImageToVideoInput", defaults: {"duration":"5s","resolution":"540p","aspect_ratio":"16:9"} },
  "fal-ai/imagen4/preview": { type: "Imagen4PreviewInput", defaults: {"num_images":1,"resolution":"1K","aspect_ratio":"1:1"} },
  "fal-ai/minimax/speech-02-hd": { type: "MinimaxSpeech02HdInput", defaults: {} },
  "fal-ai/bytedance/seedance/v1/pro/fast/text-to-video": { type: "SeedanceTextToVideoInput", defaults: {"duration":"5","resolution":"720p","aspect_ratio":"16:9"} },
  "fal-ai/bytedance/seedance/v1/pro/fast/image-to-video": { type: "SeedanceProFastImageToVideoInput", defaults: {"duration":"5","resolution":"1080p","aspect_ratio":"auto"} },
  "fal-ai/bytedance/seedance/v1.5/pro/text-to-video": { type: "SeedanceProv15TextToVideoInput", defaults: {"duration":"5","resolution":"720p","aspect_ratio":"16:9","generate_audio":true} },
  "fal-ai/bytedance/seedance/v1.5/pro/image-to-video": { type: "SeedanceProv15ImageToVideoInput", defaults: {"duration":"5","resolution":"720p","aspect_ratio":"16:9","generate_audio":true} },
  "fal-ai/wan-i2v": { type: "WanI2vInput", defaults: {"resolution":"720p","aspect_ratio":"auto","num_frames":81,"frames_per_second":16} },
};
