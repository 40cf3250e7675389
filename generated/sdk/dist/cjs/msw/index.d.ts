/**
 * MSW request handlers (@shellapi/sdk/msw) answering like the mock server: spec examples,
 * strict request validation, task state on a controllable clock, SSE streams. msw is a peer you
 * install; pass its `http` namespace in, so this module imports nothing from it.
 *
 * @example
 * import { http } from 'msw';
 * import { setupServer } from 'msw/node';
 * import { createMswHandlers } from '@shellapi/sdk/msw';
 *
 * const mock = createMswHandlers(http, { clock: 'manual' });
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * // in tests: mock.clock.advance(10_000); mock.reset();
 */
import type { MswHandlersOptions, MswHttpLike, MswMock } from '../mock/msw.js';
export type { MswHandlersOptions, MswHttpLike, MswMock, MswResolver, MswResolverInfo } from '../mock/msw.js';
/** Every operationId that has a handler. */
export type OperationId = "createChatCompletion" | "createCompletion" | "createEmbedding" | "createImage" | "createSpeech" | "createTranscription" | "createTranslation" | "fluxCreateDev" | "fluxCreatePro" | "fluxCreatePro11" | "fluxGetResult" | "ideogramDescribe" | "ideogramGenerate" | "ideogramRemix" | "ideogramUpscale" | "ideogramWebDescribe" | "ideogramWebGenerate" | "ideogramWebGetTask" | "ideogramWebRemix" | "ideogramWebUpscale" | "klingCreateImage2Video" | "klingCreateImageGeneration" | "klingCreateText2Video" | "klingGetImage2VideoTask" | "klingGetImageGenerationTask" | "klingGetText2VideoTask" | "lumaCreateGeneration" | "lumaExtendGeneration" | "lumaGetGeneration" | "mjCancelTask" | "mjFetchTask" | "mjGetImageSeed" | "mjListQueue" | "mjListTasks" | "mjListTasksByCondition" | "mjQueryTasks" | "mjSubmitAction" | "mjSubmitBlend" | "mjSubmitDescribe" | "mjSubmitImagine" | "mjSubmitModal" | "mjSubmitShorten" | "mjSubmitSwapFace" | "recraftClarityUpscale" | "recraftCreateStyle" | "recraftGenerateImage" | "recraftGenerativeUpscale" | "recraftRemoveBackground" | "recraftVectorizeImage" | "runwayCreateImageToVideo" | "runwayGetTask" | "stabilityEngineTextToImage" | "stabilityGenerateCore" | "stabilityGenerateSd3" | "stabilityGenerateUltra" | "stabilitySdxlTextToImage" | "sunoV30ConcatMusic" | "sunoV30CreateMusic" | "sunoV30GetMusic" | "sunoV35CreateMusic" | "sunoV35GetMusic";
/** One handler per operation (most specific paths first) sharing one engine: tasks submitted through one are seen by the others. */
export declare function createMswHandlers<H>(http: MswHttpLike<H>, options?: MswHandlersOptions): MswMock<H, OperationId>;
