import type { components } from './schema.js';
/** Body of the `notifyHook` callback of `client.midjourney.insightFace.swap()` (mjSubmitSwapFace): the API sends `POST` to `{$request.body#/notifyHook}`. Read it with `client.midjourney.tasks.parseCallback(body)` (a task snapshot). */
export type MidjourneyInsightFaceSwapNotifyHookPayload = components['schemas']['MjTask'];
/** Body of the `notifyHook` callback of `client.midjourney.submit.action()` (mjSubmitAction): the API sends `POST` to `{$request.body#/notifyHook}`. Read it with `client.midjourney.tasks.parseCallback(body)` (a task snapshot). */
export type MidjourneySubmitActionNotifyHookPayload = components['schemas']['MjTask'];
/** Body of the `notifyHook` callback of `client.midjourney.submit.blend()` (mjSubmitBlend): the API sends `POST` to `{$request.body#/notifyHook}`. Read it with `client.midjourney.tasks.parseCallback(body)` (a task snapshot). */
export type MidjourneySubmitBlendNotifyHookPayload = components['schemas']['MjTask'];
/** Body of the `notifyHook` callback of `client.midjourney.submit.describe()` (mjSubmitDescribe): the API sends `POST` to `{$request.body#/notifyHook}`. Read it with `client.midjourney.tasks.parseCallback(body)` (a task snapshot). */
export type MidjourneySubmitDescribeNotifyHookPayload = components['schemas']['MjTask'];
/** Body of the `notifyHook` callback of `client.midjourney.submit.imagine()` (mjSubmitImagine): the API sends `POST` to `{$request.body#/notifyHook}`. Read it with `client.midjourney.tasks.parseCallback(body)` (a task snapshot). */
export type MidjourneySubmitImagineNotifyHookPayload = components['schemas']['MjTask'];
/** Body of the `notifyHook` callback of `client.midjourney.submit.modal()` (mjSubmitModal): the API sends `POST` to `{$request.body#/notifyHook}`. Read it with `client.midjourney.tasks.parseCallback(body)` (a task snapshot). */
export type MidjourneySubmitModalNotifyHookPayload = components['schemas']['MjTask'];
/** Body of the `notifyHook` callback of `client.midjourney.submit.shorten()` (mjSubmitShorten): the API sends `POST` to `{$request.body#/notifyHook}`. Read it with `client.midjourney.tasks.parseCallback(body)` (a task snapshot). */
export type MidjourneySubmitShortenNotifyHookPayload = components['schemas']['MjTask'];
/** Body of the `notifyHook` callback of `client.luma.generations.create()` (lumaCreateGeneration): the API sends `POST` to `{$request.body#/notify_hook}`. Read it with `client.luma.generations.parseCallback(body)` (a task snapshot). */
export type LumaGenerationsCreateNotifyHookPayload = components['schemas']['LumaGeneration'];
/** Body of the `notifyHook` callback of `client.luma.generations.extend()` (lumaExtendGeneration): the API sends `POST` to `{$request.body#/notify_hook}`. Read it with `client.luma.generations.parseCallback(body)` (a task snapshot). */
export type LumaGenerationsExtendNotifyHookPayload = components['schemas']['LumaGeneration'];
