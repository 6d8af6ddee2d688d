# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

from __future__ import annotations

from .batch import Batch as Batch
from .image import Image as Image
from .model import Model as Model
from .skill import Skill as Skill
from .video import Video as Video
from .shared import (
    Metadata as Metadata,
    AllModels as AllModels,
    ChatModel as ChatModel,
    Reasoning as Reasoning,
    ErrorObject as ErrorObject,
    CompoundFilter as CompoundFilter,
    OAuthErrorCode as OAuthErrorCode,
    ResponsesModel as ResponsesModel,
    ReasoningEffort as ReasoningEffort,
    ComparisonFilter as ComparisonFilter,
    FunctionDefinition as FunctionDefinition,
    FunctionParameters as FunctionParameters,
    ResponseFormatText as ResponseFormatText,
    CustomToolInputFormat as CustomToolInputFormat,
    ResponseFormatJSONObject as ResponseFormatJSONObject,
    ResponseFormatJSONSchema as ResponseFormatJSONSchema,
    ResponseFormatTextPython as ResponseFormatTextPython,
    ResponseFormatTextGrammar as ResponseFormatTextGrammar,
)
from .upload import Upload as Upload
from .embedding import Embedding as Embedding
from .chat_model import ChatModel as ChatModel
from .completion import Completion as Completion
from .moderation import Moderation as Moderation
from .skill_list import SkillList as SkillList
from .video_size import VideoSize as VideoSize
from .audio_model import AudioModel as AudioModel
from .batch_error import BatchError as BatchError
from .batch_usage import BatchUsage as BatchUsage
from .file_object import FileObject as FileObject
from .image_model import ImageModel as ImageModel
from .video_model import VideoModel as VideoModel
from .file_content import FileContent as FileContent
from .file_deleted import FileDeleted as FileDeleted
from .file_purpose import FilePurpose as FilePurpose
from .vector_store import VectorStore as VectorStore
from .deleted_skill import DeletedSkill as DeletedSkill
from .model_deleted import ModelDeleted as ModelDeleted
from .video_seconds import VideoSeconds as VideoSeconds
from .embedding_model import EmbeddingModel as EmbeddingModel
from .images_response import ImagesResponse as ImagesResponse
from .completion_usage import CompletionUsage as CompletionUsage
from .eval_list_params import EvalListParams as EvalListParams
from .file_list_params import FileListParams as FileListParams
from .moderation_model import ModerationModel as ModerationModel
from .batch_list_params import BatchListParams as BatchListParams
from .completion_choice import CompletionChoice as CompletionChoice
from .image_edit_params import ImageEditParams as ImageEditParams
from .skill_list_params import SkillListParams as SkillListParams
from .video_edit_params import VideoEditParams as VideoEditParams
from .video_list_params import VideoListParams as VideoListParams
from .video_model_param import VideoModelParam as VideoModelParam
from .eval_create_params import EvalCreateParams as EvalCreateParams
from .eval_list_response import EvalListResponse as EvalListResponse
from .eval_update_params import EvalUpdateParams as EvalUpdateParams
from .file_create_params import FileCreateParams as FileCreateParams
from .video_create_error import VideoCreateError as VideoCreateError
from .video_remix_params import VideoRemixParams as VideoRemixParams
from .batch_create_params import BatchCreateParams as BatchCreateParams
from .skill_create_params import SkillCreateParams as SkillCreateParams
from .skill_update_params import SkillUpdateParams as SkillUpdateParams
from .video_create_params import VideoCreateParams as VideoCreateParams
from .video_extend_params import VideoExtendParams as VideoExtendParams
from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
from .eval_create_response import EvalCreateResponse as EvalCreateResponse
from .eval_delete_response import EvalDeleteResponse as EvalDeleteResponse
from .eval_update_response import EvalUpdateResponse as EvalUpdateResponse
from .upload_create_params import UploadCreateParams as UploadCreateParams
from .vector_store_deleted import VectorStoreDeleted as VectorStoreDeleted
from .audio_response_format import AudioResponseFormat as AudioResponseFormat
from .container_list_params import ContainerListParams as ContainerListParams
from .image_generate_params import ImageGenerateParams as ImageGenerateParams
from .video_delete_response import VideoDeleteResponse as VideoDeleteResponse
from .eval_retrieve_response import EvalRetrieveResponse as EvalRetrieveResponse
from .file_chunking_strategy import FileChunkingStrategy as FileChunkingStrategy
from .image_gen_stream_event import ImageGenStreamEvent as ImageGenStreamEvent
from .upload_complete_params import UploadCompleteParams as UploadCompleteParams
from .websocket_reconnection import (
    ReconnectingEvent as ReconnectingEvent,
    ReconnectingOverrides as ReconnectingOverrides,
)
from .container_create_params import ContainerCreateParams as ContainerCreateParams
from .container_list_response import ContainerListResponse as ContainerListResponse
from .embedding_create_params import EmbeddingCreateParams as EmbeddingCreateParams
from .image_edit_stream_event import ImageEditStreamEvent as ImageEditStreamEvent
from .completion_create_params import CompletionCreateParams as CompletionCreateParams
from .moderation_create_params import ModerationCreateParams as ModerationCreateParams
from .vector_store_list_params import VectorStoreListParams as VectorStoreListParams
from .container_create_response import ContainerCreateResponse as ContainerCreateResponse
from .create_embedding_response import CreateEmbeddingResponse as CreateEmbeddingResponse
from .image_gen_completed_event import ImageGenCompletedEvent as ImageGenCompletedEvent
from .image_edit_completed_event import ImageEditCompletedEvent as ImageEditCompletedEvent
from .moderation_create_response import ModerationCreateResponse as ModerationCreateResponse
from .vector_store_create_params import VectorStoreCreateParams as VectorStoreCreateParams
from .vector_store_search_params import VectorStoreSearchParams as VectorStoreSearchParams
from .vector_store_update_params import VectorStoreUpdateParams as VectorStoreUpdateParams
from .container_retrieve_response import ContainerRetrieveResponse as ContainerRetrieveResponse
from .image_input_reference_param import ImageInputReferenceParam as ImageInputReferenceParam
from .moderation_text_input_param import ModerationTextInputParam as ModerationTextInputParam
from .file_chunking_strategy_param import FileChunkingStrategyParam as FileChunkingStrategyParam
from .vector_store_search_response import VectorStoreSearchResponse as VectorStoreSearchResponse
from .video_get_character_response import VideoGetCharacterResponse as VideoGetCharacterResponse
from .websocket_connection_options import (
    WebSocketConnectionOptions as WebSocketConnectionOptions,
    WebsocketConnectionOptions as WebsocketConnectionOptions,
)
from .image_create_variation_params import ImageCreateVariationParams as ImageCreateVariationParams
from .image_gen_partial_image_event import ImageGenPartialImageEvent as ImageGenPartialImageEvent
from .static_file_chunking_strategy import StaticFileChunkingStrategy as StaticFileChunkingStrategy
from .video_create_character_params import VideoCreateCharacterParams as VideoCreateCharacterParams
from .video_download_content_params import VideoDownloadContentParams as VideoDownloadContentParams
from .eval_custom_data_source_config import EvalCustomDataSourceConfig as EvalCustomDataSourceConfig
from .image_edit_partial_image_event import ImageEditPartialImageEvent as ImageEditPartialImageEvent
from .video_create_character_response import VideoCreateCharacterResponse as VideoCreateCharacterResponse
from .moderation_image_url_input_param import ModerationImageURLInputParam as ModerationImageURLInputParam
from .auto_file_chunking_strategy_param import AutoFileChunkingStrategyParam as AutoFileChunkingStrategyParam
from .moderation_multi_modal_input_param import ModerationMultiModalInputParam as ModerationMultiModalInputParam
from .other_file_chunking_strategy_object import OtherFileChunkingStrategyObject as OtherFileChunkingStrategyObject
from .static_file_chunking_strategy_param import StaticFileChunkingStrategyParam as StaticFileChunkingStrategyParam
from .static_file_chunking_strategy_object import StaticFileChunkingStrategyObject as StaticFileChunkingStrategyObject
from .eval_stored_completions_data_source_config import (
    EvalStoredCompletionsDataSourceConfig as EvalStoredCompletionsDataSourceConfig,
)
from .static_file_chunking_strategy_object_param import (
    StaticFileChunkingStrategyObjectParam as StaticFileChunkingStrategyObjectParam,
)
