"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.routes = void 0;
exports.routes = JSON.parse(`{
  "title": "Shell API",
  "version": "1.0.0",
  "basePath": "",
  "serverUrl": "https://api.example.com",
  "schemas": {
    "AudioResponseFormat": {
      "type": "string",
      "enum": [
        "json",
        "text",
        "srt",
        "verbose_json",
        "vtt"
      ]
    },
    "AudioSegment": {
      "type": "object",
      "properties": {
        "id": {
          "type": "integer"
        },
        "seek": {
          "type": "integer"
        },
        "start": {
          "type": "number"
        },
        "end": {
          "type": "number"
        },
        "text": {
          "type": "string"
        },
        "tokens": {
          "type": "array",
          "items": {
            "type": "integer"
          }
        },
        "temperature": {
          "type": "number"
        },
        "avg_logprob": {
          "type": "number"
        },
        "compression_ratio": {
          "type": "number"
        },
        "no_speech_prob": {
          "type": "number"
        }
      },
      "required": [
        "id",
        "start",
        "end",
        "text"
      ]
    },
    "AudioTextResponse": {
      "type": "object",
      "properties": {
        "text": {
          "type": "string"
        }
      },
      "required": [
        "text"
      ]
    },
    "AudioTranscriptionResult": {
      "anyOf": [
        {
          "$ref": "#/$defs/AudioVerboseResponse"
        },
        {
          "$ref": "#/$defs/AudioTextResponse"
        }
      ]
    },
    "AudioVerboseResponse": {
      "type": "object",
      "properties": {
        "task": {
          "type": "string"
        },
        "language": {
          "type": "string"
        },
        "duration": {
          "type": "number"
        },
        "text": {
          "type": "string"
        },
        "segments": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/AudioSegment"
          }
        },
        "words": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "word": {
                "type": "string"
              },
              "start": {
                "type": "number"
              },
              "end": {
                "type": "number"
              }
            },
            "required": [
              "word",
              "start",
              "end"
            ]
          }
        }
      },
      "required": [
        "text"
      ]
    },
    "ChatAssistantMessage": {
      "type": "object",
      "properties": {
        "role": {
          "type": "string",
          "const": "assistant"
        },
        "content": {
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "type": "string"
        },
        "tool_calls": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ChatToolCall"
          }
        }
      },
      "required": [
        "role"
      ]
    },
    "ChatCompletion": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "object": {
          "type": "string",
          "const": "chat.completion"
        },
        "created": {
          "type": "integer"
        },
        "model": {
          "type": "string"
        },
        "system_fingerprint": {
          "type": [
            "string",
            "null"
          ]
        },
        "choices": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "index": {
                "type": "integer"
              },
              "message": {
                "$ref": "#/$defs/ChatAssistantMessage"
              },
              "logprobs": {
                "type": [
                  "object",
                  "null"
                ],
                "additionalProperties": true
              },
              "finish_reason": {
                "type": [
                  "string",
                  "null"
                ],
                "enum": [
                  "stop",
                  "length",
                  "tool_calls",
                  "content_filter",
                  "function_call",
                  null
                ]
              }
            },
            "required": [
              "index",
              "message",
              "finish_reason"
            ]
          }
        },
        "usage": {
          "$ref": "#/$defs/ChatCompletionUsage"
        }
      },
      "required": [
        "id",
        "object",
        "created",
        "model",
        "choices"
      ]
    },
    "ChatCompletionChunk": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "object": {
          "type": "string",
          "const": "chat.completion.chunk"
        },
        "created": {
          "type": "integer"
        },
        "model": {
          "type": "string"
        },
        "system_fingerprint": {
          "type": [
            "string",
            "null"
          ]
        },
        "choices": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "index": {
                "type": "integer"
              },
              "delta": {
                "type": "object",
                "properties": {
                  "role": {
                    "type": "string",
                    "const": "assistant"
                  },
                  "content": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "tool_calls": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "index": {
                          "type": "integer"
                        },
                        "id": {
                          "type": "string"
                        },
                        "type": {
                          "type": "string",
                          "const": "function"
                        },
                        "function": {
                          "type": "object",
                          "properties": {
                            "name": {
                              "type": "string"
                            },
                            "arguments": {
                              "type": "string"
                            }
                          }
                        }
                      },
                      "required": [
                        "index"
                      ]
                    }
                  }
                }
              },
              "logprobs": {
                "type": [
                  "object",
                  "null"
                ],
                "additionalProperties": true
              },
              "finish_reason": {
                "type": [
                  "string",
                  "null"
                ],
                "enum": [
                  "stop",
                  "length",
                  "tool_calls",
                  "content_filter",
                  "function_call",
                  null
                ]
              }
            },
            "required": [
              "index",
              "delta"
            ]
          }
        },
        "usage": {
          "anyOf": [
            {
              "$ref": "#/$defs/ChatCompletionUsage"
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [
        "id",
        "object",
        "created",
        "model",
        "choices"
      ]
    },
    "ChatCompletionUsage": {
      "type": "object",
      "properties": {
        "prompt_tokens": {
          "type": "integer"
        },
        "completion_tokens": {
          "type": "integer"
        },
        "total_tokens": {
          "type": "integer"
        }
      },
      "required": [
        "prompt_tokens",
        "completion_tokens",
        "total_tokens"
      ]
    },
    "ChatContentPart": {
      "oneOf": [
        {
          "$ref": "#/$defs/ChatContentPartText"
        },
        {
          "$ref": "#/$defs/ChatContentPartImage"
        }
      ],
      "discriminator": {
        "propertyName": "type",
        "mapping": {
          "text": "#/$defs/ChatContentPartText",
          "image_url": "#/$defs/ChatContentPartImage"
        }
      }
    },
    "ChatContentPartImage": {
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "const": "image_url"
        },
        "image_url": {
          "type": "object",
          "properties": {
            "url": {
              "type": "string"
            },
            "detail": {
              "type": "string",
              "enum": [
                "auto",
                "low",
                "high"
              ]
            }
          },
          "required": [
            "url"
          ]
        }
      },
      "required": [
        "type",
        "image_url"
      ]
    },
    "ChatContentPartText": {
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "const": "text"
        },
        "text": {
          "type": "string"
        }
      },
      "required": [
        "type",
        "text"
      ]
    },
    "ChatMessage": {
      "oneOf": [
        {
          "$ref": "#/$defs/ChatSystemMessage"
        },
        {
          "$ref": "#/$defs/ChatUserMessage"
        },
        {
          "$ref": "#/$defs/ChatAssistantMessage"
        },
        {
          "$ref": "#/$defs/ChatToolMessage"
        }
      ],
      "discriminator": {
        "propertyName": "role",
        "mapping": {
          "system": "#/$defs/ChatSystemMessage",
          "user": "#/$defs/ChatUserMessage",
          "assistant": "#/$defs/ChatAssistantMessage",
          "tool": "#/$defs/ChatToolMessage"
        }
      }
    },
    "ChatResponseFormat": {
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "text",
            "json_object"
          ]
        }
      },
      "required": [
        "type"
      ]
    },
    "ChatStreamOptions": {
      "type": "object",
      "properties": {
        "include_usage": {
          "type": "boolean"
        }
      }
    },
    "ChatSystemMessage": {
      "type": "object",
      "properties": {
        "role": {
          "type": "string",
          "const": "system"
        },
        "content": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "$ref": "#/$defs/ChatContentPartText"
              }
            }
          ]
        },
        "name": {
          "type": "string"
        }
      },
      "required": [
        "role",
        "content"
      ]
    },
    "ChatTool": {
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "const": "function"
        },
        "function": {
          "type": "object",
          "properties": {
            "name": {
              "type": "string",
              "pattern": "^[a-zA-Z0-9_-]{1,64}$"
            },
            "description": {
              "type": "string"
            },
            "parameters": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "required": [
            "name"
          ]
        }
      },
      "required": [
        "type",
        "function"
      ]
    },
    "ChatToolCall": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "type": {
          "type": "string",
          "const": "function"
        },
        "function": {
          "type": "object",
          "properties": {
            "name": {
              "type": "string"
            },
            "arguments": {
              "type": "string"
            }
          },
          "required": [
            "name",
            "arguments"
          ]
        }
      },
      "required": [
        "id",
        "type",
        "function"
      ]
    },
    "ChatToolChoice": {
      "oneOf": [
        {
          "type": "string",
          "enum": [
            "none",
            "auto",
            "required"
          ]
        },
        {
          "type": "object",
          "properties": {
            "type": {
              "type": "string",
              "const": "function"
            },
            "function": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                }
              },
              "required": [
                "name"
              ]
            }
          },
          "required": [
            "type",
            "function"
          ]
        }
      ]
    },
    "ChatToolMessage": {
      "type": "object",
      "properties": {
        "role": {
          "type": "string",
          "const": "tool"
        },
        "content": {
          "type": "string"
        },
        "tool_call_id": {
          "type": "string"
        }
      },
      "required": [
        "role",
        "content",
        "tool_call_id"
      ]
    },
    "ChatUserContent": {
      "oneOf": [
        {
          "type": "string"
        },
        {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ChatContentPart"
          },
          "minItems": 1
        }
      ]
    },
    "ChatUserMessage": {
      "type": "object",
      "properties": {
        "role": {
          "type": "string",
          "const": "user"
        },
        "content": {
          "$ref": "#/$defs/ChatUserContent"
        },
        "name": {
          "type": "string"
        }
      },
      "required": [
        "role",
        "content"
      ]
    },
    "Completion": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "object": {
          "type": "string",
          "const": "text_completion"
        },
        "created": {
          "type": "integer"
        },
        "model": {
          "type": "string"
        },
        "system_fingerprint": {
          "type": "string"
        },
        "choices": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CompletionChoice"
          }
        },
        "usage": {
          "$ref": "#/$defs/ChatCompletionUsage"
        }
      },
      "required": [
        "id",
        "object",
        "created",
        "model",
        "choices"
      ]
    },
    "CompletionChoice": {
      "type": "object",
      "properties": {
        "text": {
          "type": "string"
        },
        "index": {
          "type": "integer"
        },
        "logprobs": {
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": true
        },
        "finish_reason": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "stop",
            "length",
            "content_filter",
            null
          ]
        }
      },
      "required": [
        "text",
        "index",
        "finish_reason"
      ]
    },
    "CompletionChunk": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "object": {
          "type": "string",
          "const": "text_completion"
        },
        "created": {
          "type": "integer"
        },
        "model": {
          "type": "string"
        },
        "choices": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CompletionChoice"
          }
        }
      },
      "required": [
        "id",
        "object",
        "created",
        "model",
        "choices"
      ]
    },
    "CreateChatCompletionRequest": {
      "type": "object",
      "properties": {
        "model": {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "gpt-3.5-turbo",
                "gpt-4o",
                "gemini-pro",
                "gpt-4-all",
                "gpt-4-vision-preview",
                "stable-diffusion"
              ]
            },
            {
              "type": "string"
            }
          ]
        },
        "messages": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ChatMessage"
          },
          "minItems": 1
        },
        "temperature": {
          "type": "number",
          "minimum": 0,
          "maximum": 2
        },
        "top_p": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "n": {
          "type": "integer",
          "minimum": 1
        },
        "stream": {
          "type": "boolean"
        },
        "stream_options": {
          "$ref": "#/$defs/ChatStreamOptions"
        },
        "stop": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              },
              "minItems": 1,
              "maxItems": 4
            }
          ]
        },
        "max_tokens": {
          "type": "integer",
          "minimum": 1
        },
        "presence_penalty": {
          "type": "number",
          "minimum": -2,
          "maximum": 2
        },
        "frequency_penalty": {
          "type": "number",
          "minimum": -2,
          "maximum": 2
        },
        "logit_bias": {
          "type": "object",
          "additionalProperties": {
            "type": "integer",
            "minimum": -100,
            "maximum": 100
          }
        },
        "user": {
          "type": "string"
        },
        "response_format": {
          "$ref": "#/$defs/ChatResponseFormat"
        },
        "seed": {
          "type": "integer"
        },
        "tools": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ChatTool"
          }
        },
        "tool_choice": {
          "$ref": "#/$defs/ChatToolChoice"
        }
      },
      "required": [
        "model",
        "messages"
      ]
    },
    "CreateCompletionRequest": {
      "type": "object",
      "properties": {
        "model": {
          "type": "string"
        },
        "prompt": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            {
              "type": "array",
              "items": {
                "type": "integer"
              }
            },
            {
              "type": "array",
              "items": {
                "type": "array",
                "items": {
                  "type": "integer"
                }
              }
            }
          ]
        },
        "suffix": {
          "type": "string"
        },
        "max_tokens": {
          "type": "integer",
          "minimum": 0
        },
        "temperature": {
          "type": "number",
          "minimum": 0,
          "maximum": 2
        },
        "top_p": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "n": {
          "type": "integer",
          "minimum": 1
        },
        "stream": {
          "type": "boolean"
        },
        "logprobs": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0,
          "maximum": 5
        },
        "echo": {
          "type": "boolean"
        },
        "stop": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              },
              "minItems": 1,
              "maxItems": 4
            }
          ]
        },
        "presence_penalty": {
          "type": "number",
          "minimum": -2,
          "maximum": 2
        },
        "frequency_penalty": {
          "type": "number",
          "minimum": -2,
          "maximum": 2
        },
        "best_of": {
          "type": "integer",
          "minimum": 1
        },
        "logit_bias": {
          "type": "object",
          "additionalProperties": {
            "type": "integer",
            "minimum": -100,
            "maximum": 100
          }
        },
        "user": {
          "type": "string"
        }
      },
      "required": [
        "model",
        "prompt"
      ]
    },
    "CreateEmbeddingRequest": {
      "type": "object",
      "properties": {
        "input": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              },
              "minItems": 1
            },
            {
              "type": "array",
              "items": {
                "type": "integer"
              },
              "minItems": 1
            },
            {
              "type": "array",
              "items": {
                "type": "array",
                "items": {
                  "type": "integer"
                },
                "minItems": 1
              },
              "minItems": 1
            }
          ]
        },
        "model": {
          "type": "string"
        },
        "encoding_format": {
          "type": "string",
          "enum": [
            "float",
            "base64"
          ]
        },
        "dimensions": {
          "type": "integer",
          "minimum": 1
        },
        "user": {
          "type": "string"
        }
      },
      "required": [
        "input",
        "model"
      ]
    },
    "CreateEmbeddingResponse": {
      "type": "object",
      "properties": {
        "object": {
          "type": "string",
          "const": "list"
        },
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Embedding"
          }
        },
        "model": {
          "type": "string"
        },
        "usage": {
          "type": "object",
          "properties": {
            "prompt_tokens": {
              "type": "integer"
            },
            "total_tokens": {
              "type": "integer"
            }
          },
          "required": [
            "prompt_tokens",
            "total_tokens"
          ]
        }
      },
      "required": [
        "object",
        "data",
        "model",
        "usage"
      ]
    },
    "CreateImageRequest": {
      "type": "object",
      "properties": {
        "model": {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "dall-e-2",
                "dall-e-3",
                "flux-dev",
                "flux-1.1-pro",
                "recraftv3"
              ]
            },
            {
              "type": "string"
            }
          ]
        },
        "prompt": {
          "type": "string",
          "maxLength": 4000
        },
        "n": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10
        },
        "size": {
          "type": "string",
          "pattern": "^[0-9]+x[0-9]+$"
        },
        "quality": {
          "type": "string",
          "enum": [
            "standard",
            "hd"
          ]
        },
        "style": {
          "type": "string"
        },
        "response_format": {
          "type": "string",
          "enum": [
            "url",
            "b64_json"
          ]
        },
        "user": {
          "type": "string"
        }
      },
      "required": [
        "prompt"
      ]
    },
    "CreateSpeechRequest": {
      "type": "object",
      "properties": {
        "model": {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "tts-1",
                "tts-1-hd"
              ]
            },
            {
              "type": "string"
            }
          ]
        },
        "input": {
          "type": "string",
          "maxLength": 4096
        },
        "voice": {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "alloy",
                "echo",
                "fable",
                "onyx",
                "nova",
                "shimmer"
              ]
            },
            {
              "type": "string"
            }
          ]
        },
        "response_format": {
          "type": "string",
          "enum": [
            "mp3",
            "opus",
            "aac",
            "flac",
            "wav",
            "pcm"
          ]
        },
        "speed": {
          "type": "number",
          "minimum": 0.25,
          "maximum": 4
        }
      },
      "required": [
        "model",
        "input",
        "voice"
      ]
    },
    "CreateTranscriptionRequest": {
      "type": "object",
      "properties": {
        "file": {
          "type": "string",
          "format": "binary",
          "contentMediaType": "audio/*"
        },
        "model": {
          "type": "string"
        },
        "language": {
          "type": "string",
          "pattern": "^[a-z]{2}$"
        },
        "prompt": {
          "type": "string"
        },
        "response_format": {
          "$ref": "#/$defs/AudioResponseFormat"
        },
        "temperature": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "timestamp_granularities[]": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "word",
              "segment"
            ]
          }
        }
      },
      "required": [
        "file",
        "model"
      ]
    },
    "CreateTranslationRequest": {
      "type": "object",
      "properties": {
        "file": {
          "type": "string",
          "format": "binary",
          "contentMediaType": "audio/*"
        },
        "model": {
          "type": "string"
        },
        "prompt": {
          "type": "string"
        },
        "response_format": {
          "$ref": "#/$defs/AudioResponseFormat"
        },
        "temperature": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        }
      },
      "required": [
        "file",
        "model"
      ]
    },
    "Embedding": {
      "type": "object",
      "properties": {
        "object": {
          "type": "string",
          "const": "embedding"
        },
        "index": {
          "type": "integer"
        },
        "embedding": {
          "oneOf": [
            {
              "type": "array",
              "items": {
                "type": "number"
              }
            },
            {
              "type": "string"
            }
          ]
        }
      },
      "required": [
        "object",
        "index",
        "embedding"
      ]
    },
    "ErrorEnvelope": {
      "type": "object",
      "properties": {
        "error": {
          "type": "object",
          "properties": {
            "message": {
              "type": "string"
            },
            "type": {
              "type": "string"
            },
            "param": {
              "type": [
                "string",
                "null"
              ]
            },
            "code": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "required": [
            "message"
          ]
        }
      },
      "required": [
        "error"
      ]
    },
    "FluxDevRequest": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string"
        },
        "width": {
          "type": "integer",
          "minimum": 256,
          "maximum": 1440,
          "multipleOf": 32
        },
        "height": {
          "type": "integer",
          "minimum": 256,
          "maximum": 1440,
          "multipleOf": 32
        },
        "steps": {
          "type": "integer",
          "minimum": 1,
          "maximum": 50
        },
        "guidance": {
          "type": "number",
          "minimum": 1.5,
          "maximum": 5
        },
        "prompt_upsampling": {
          "type": "boolean"
        },
        "seed": {
          "type": "integer"
        },
        "safety_tolerance": {
          "type": "integer",
          "minimum": 0,
          "maximum": 6
        },
        "output_format": {
          "type": "string",
          "enum": [
            "jpeg",
            "png"
          ]
        }
      },
      "required": [
        "prompt"
      ]
    },
    "FluxGetResultResponse": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "Task not found",
            "Pending",
            "Request Moderated",
            "Content Moderated",
            "Ready",
            "Error"
          ]
        },
        "result": {
          "anyOf": [
            {
              "$ref": "#/$defs/FluxResult"
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [
        "id",
        "status"
      ]
    },
    "FluxPro11Request": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string"
        },
        "width": {
          "type": "integer",
          "minimum": 256,
          "maximum": 1440,
          "multipleOf": 32
        },
        "height": {
          "type": "integer",
          "minimum": 256,
          "maximum": 1440,
          "multipleOf": 32
        },
        "prompt_upsampling": {
          "type": "boolean"
        },
        "seed": {
          "type": "integer"
        },
        "safety_tolerance": {
          "type": "integer",
          "minimum": 0,
          "maximum": 6
        },
        "output_format": {
          "type": "string",
          "enum": [
            "jpeg",
            "png"
          ]
        }
      },
      "required": [
        "prompt"
      ]
    },
    "FluxProRequest": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string"
        },
        "width": {
          "type": "integer",
          "minimum": 256,
          "maximum": 1440,
          "multipleOf": 32
        },
        "height": {
          "type": "integer",
          "minimum": 256,
          "maximum": 1440,
          "multipleOf": 32
        },
        "steps": {
          "type": "integer",
          "minimum": 1,
          "maximum": 50
        },
        "guidance": {
          "type": "number",
          "minimum": 1.5,
          "maximum": 5
        },
        "interval": {
          "type": "number",
          "minimum": 1,
          "maximum": 4
        },
        "prompt_upsampling": {
          "type": "boolean"
        },
        "seed": {
          "type": "integer"
        },
        "safety_tolerance": {
          "type": "integer",
          "minimum": 0,
          "maximum": 6
        },
        "output_format": {
          "type": "string",
          "enum": [
            "jpeg",
            "png"
          ]
        }
      },
      "required": [
        "prompt"
      ]
    },
    "FluxResult": {
      "type": "object",
      "properties": {
        "sample": {
          "type": "string",
          "format": "uri"
        },
        "prompt": {
          "type": "string"
        },
        "seed": {
          "type": "integer"
        },
        "start_time": {
          "type": "number"
        },
        "end_time": {
          "type": "number"
        },
        "duration": {
          "type": "number"
        }
      },
      "required": [
        "sample"
      ]
    },
    "FluxSubmitResponse": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "polling_url": {
          "type": "string",
          "format": "uri"
        }
      },
      "required": [
        "id"
      ]
    },
    "IdeogramAspectRatio": {
      "type": "string",
      "enum": [
        "ASPECT_10_16",
        "ASPECT_16_10",
        "ASPECT_9_16",
        "ASPECT_16_9",
        "ASPECT_3_2",
        "ASPECT_2_3",
        "ASPECT_4_3",
        "ASPECT_3_4",
        "ASPECT_1_1",
        "ASPECT_1_3",
        "ASPECT_3_1"
      ]
    },
    "IdeogramColorPalette": {
      "oneOf": [
        {
          "type": "object",
          "properties": {
            "name": {
              "type": "string",
              "enum": [
                "EMBER",
                "FRESH",
                "JUNGLE",
                "MAGIC",
                "MELON",
                "MOSAIC",
                "PASTEL",
                "ULTRAMARINE"
              ]
            }
          },
          "required": [
            "name"
          ],
          "additionalProperties": false
        },
        {
          "type": "object",
          "properties": {
            "members": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "color_hex": {
                    "type": "string",
                    "pattern": "^#[0-9A-Fa-f]{6}$"
                  },
                  "color_weight": {
                    "type": "number",
                    "minimum": 0.05,
                    "maximum": 1
                  }
                },
                "required": [
                  "color_hex"
                ],
                "additionalProperties": false
              },
              "minItems": 1
            }
          },
          "required": [
            "members"
          ],
          "additionalProperties": false
        }
      ]
    },
    "IdeogramDescribeRequest": {
      "type": "object",
      "properties": {
        "image_file": {
          "type": "string",
          "format": "binary"
        }
      },
      "required": [
        "image_file"
      ]
    },
    "IdeogramDescribeResponse": {
      "type": "object",
      "properties": {
        "descriptions": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "text": {
                "type": "string"
              }
            }
          }
        }
      },
      "required": [
        "descriptions"
      ]
    },
    "IdeogramGenerateRequest": {
      "type": "object",
      "properties": {
        "image_request": {
          "$ref": "#/$defs/IdeogramImageRequest"
        }
      },
      "required": [
        "image_request"
      ]
    },
    "IdeogramImage": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string"
        },
        "resolution": {
          "type": "string"
        },
        "is_image_safe": {
          "type": "boolean"
        },
        "seed": {
          "type": "integer"
        },
        "url": {
          "type": "string",
          "format": "uri"
        },
        "style_type": {
          "type": "string"
        }
      }
    },
    "IdeogramImageRequest": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string"
        },
        "aspect_ratio": {
          "$ref": "#/$defs/IdeogramAspectRatio"
        },
        "model": {
          "$ref": "#/$defs/IdeogramModel"
        },
        "magic_prompt_option": {
          "$ref": "#/$defs/IdeogramMagicPromptOption"
        },
        "seed": {
          "type": "integer",
          "minimum": 0,
          "maximum": 2147483647
        },
        "style_type": {
          "$ref": "#/$defs/IdeogramStyleType"
        },
        "negative_prompt": {
          "type": "string"
        },
        "num_images": {
          "type": "integer",
          "minimum": 1,
          "maximum": 8
        },
        "resolution": {
          "type": "string",
          "pattern": "^RESOLUTION_[0-9]+_[0-9]+$"
        },
        "color_palette": {
          "$ref": "#/$defs/IdeogramColorPalette"
        }
      },
      "required": [
        "prompt"
      ]
    },
    "IdeogramImagesResponse": {
      "type": "object",
      "properties": {
        "created": {
          "type": "string",
          "format": "date-time"
        },
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/IdeogramImage"
          }
        }
      },
      "required": [
        "data"
      ]
    },
    "IdeogramMagicPromptOption": {
      "type": "string",
      "enum": [
        "AUTO",
        "ON",
        "OFF"
      ]
    },
    "IdeogramModel": {
      "type": "string",
      "enum": [
        "V_1",
        "V_1_TURBO",
        "V_2",
        "V_2_TURBO"
      ]
    },
    "IdeogramRemixImageRequest": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string"
        },
        "aspect_ratio": {
          "$ref": "#/$defs/IdeogramAspectRatio"
        },
        "model": {
          "$ref": "#/$defs/IdeogramModel"
        },
        "magic_prompt_option": {
          "$ref": "#/$defs/IdeogramMagicPromptOption"
        },
        "seed": {
          "type": "integer",
          "minimum": 0,
          "maximum": 2147483647
        },
        "style_type": {
          "$ref": "#/$defs/IdeogramStyleType"
        },
        "negative_prompt": {
          "type": "string"
        },
        "num_images": {
          "type": "integer",
          "minimum": 1,
          "maximum": 8
        },
        "resolution": {
          "type": "string",
          "pattern": "^RESOLUTION_[0-9]+_[0-9]+$"
        },
        "color_palette": {
          "$ref": "#/$defs/IdeogramColorPalette"
        },
        "image_weight": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        }
      },
      "required": [
        "prompt"
      ]
    },
    "IdeogramRemixRequest": {
      "type": "object",
      "properties": {
        "image_request": {
          "$ref": "#/$defs/IdeogramRemixImageRequest"
        },
        "image_file": {
          "type": "string",
          "format": "binary"
        }
      },
      "required": [
        "image_request",
        "image_file"
      ]
    },
    "IdeogramStyleType": {
      "type": "string",
      "enum": [
        "AUTO",
        "GENERAL",
        "REALISTIC",
        "DESIGN",
        "RENDER_3D",
        "ANIME"
      ]
    },
    "IdeogramUpscaleImageRequest": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string"
        },
        "resemblance": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        },
        "detail": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        },
        "magic_prompt_option": {
          "$ref": "#/$defs/IdeogramMagicPromptOption"
        },
        "num_images": {
          "type": "integer",
          "minimum": 1,
          "maximum": 8
        },
        "seed": {
          "type": "integer",
          "minimum": 0,
          "maximum": 2147483647
        }
      }
    },
    "IdeogramUpscaleRequest": {
      "type": "object",
      "properties": {
        "image_request": {
          "$ref": "#/$defs/IdeogramUpscaleImageRequest"
        },
        "image_file": {
          "type": "string",
          "format": "binary"
        }
      },
      "required": [
        "image_request",
        "image_file"
      ]
    },
    "IdeogramWebDescribeRequest": {
      "type": "object",
      "properties": {
        "image": {
          "type": "string"
        }
      },
      "required": [
        "image"
      ]
    },
    "IdeogramWebDescribeResponse": {
      "type": "object",
      "properties": {
        "descriptions": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "text": {
                "type": "string"
              }
            }
          }
        }
      },
      "required": [
        "descriptions"
      ]
    },
    "IdeogramWebGenerateRequest": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string"
        },
        "aspect_ratio": {
          "type": "string"
        },
        "model_version": {
          "type": "string"
        },
        "style_type": {
          "type": "string"
        },
        "private": {
          "type": "boolean"
        },
        "use_autoprompt_option": {
          "type": "string"
        },
        "sampling_speed": {
          "type": "integer"
        }
      },
      "required": [
        "prompt"
      ]
    },
    "IdeogramWebRemixRequest": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string"
        },
        "image": {
          "type": "string"
        },
        "image_weight": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        },
        "aspect_ratio": {
          "type": "string"
        },
        "model_version": {
          "type": "string"
        }
      },
      "required": [
        "prompt",
        "image"
      ]
    },
    "IdeogramWebResponseImage": {
      "type": "object",
      "properties": {
        "cover": {
          "type": "boolean"
        },
        "descriptions": {
          "type": "array",
          "items": {}
        },
        "highest_fidelity": {
          "type": "boolean"
        },
        "is_autoprompt": {
          "type": "boolean"
        },
        "num_likes": {
          "type": "integer"
        },
        "num_remixes": {
          "type": "integer"
        },
        "prompt": {
          "type": "string"
        },
        "response_id": {
          "type": "string"
        },
        "image_url": {
          "type": "string"
        },
        "self_like": {
          "type": "boolean"
        }
      }
    },
    "IdeogramWebSamplingRequest": {
      "type": "object",
      "properties": {
        "aspect_ratio": {
          "type": "string"
        },
        "can_upscale": {
          "type": "boolean"
        },
        "completion_percentage": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        },
        "cover_response_id": {
          "type": "string"
        },
        "creation_time_float": {
          "type": "number"
        },
        "has_started": {
          "type": "boolean"
        },
        "height": {
          "type": "integer"
        },
        "is_completed": {
          "type": "boolean"
        },
        "model_version": {
          "type": "string"
        },
        "private": {
          "type": "boolean"
        },
        "request_id": {
          "type": "string"
        },
        "request_type": {
          "type": "string"
        },
        "resolution": {
          "type": "integer"
        },
        "responses": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/IdeogramWebResponseImage"
          }
        },
        "sampling_speed": {
          "type": "integer"
        },
        "seed": {
          "type": "integer"
        },
        "user": {
          "$ref": "#/$defs/IdeogramWebUser"
        },
        "user_hparams": {
          "type": "object",
          "properties": {
            "aspect_ratio": {
              "type": "string"
            }
          }
        },
        "user_prompt": {
          "type": "string"
        },
        "width": {
          "type": "integer"
        }
      }
    },
    "IdeogramWebSubmitResponse": {
      "type": "object",
      "properties": {
        "request_id": {
          "type": "string"
        }
      },
      "required": [
        "request_id"
      ]
    },
    "IdeogramWebTaskRequest": {
      "type": "object",
      "properties": {
        "request_id": {
          "type": "string"
        }
      },
      "required": [
        "request_id"
      ],
      "additionalProperties": false
    },
    "IdeogramWebTaskResponse": {
      "type": "object",
      "properties": {
        "sampling_requests": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/IdeogramWebSamplingRequest"
          }
        }
      },
      "required": [
        "sampling_requests"
      ]
    },
    "IdeogramWebUpscaleRequest": {
      "type": "object",
      "properties": {
        "response_id": {
          "type": "string"
        },
        "prompt": {
          "type": "string"
        },
        "resemblance": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        },
        "detail": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        }
      },
      "required": [
        "response_id"
      ]
    },
    "IdeogramWebUser": {
      "type": "object",
      "properties": {
        "badge": {
          "type": [
            "string",
            "null"
          ]
        },
        "display_handle": {
          "type": "string"
        },
        "photo_url": {
          "type": "string"
        },
        "subscription_plan_id": {
          "type": "string"
        },
        "user_id": {
          "type": "string"
        }
      }
    },
    "Image": {
      "type": "object",
      "properties": {
        "url": {
          "type": "string"
        },
        "b64_json": {
          "type": "string"
        },
        "revised_prompt": {
          "type": "string"
        }
      }
    },
    "ImagesResponse": {
      "type": "object",
      "properties": {
        "created": {
          "type": "integer"
        },
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Image"
          }
        }
      },
      "required": [
        "created",
        "data"
      ]
    },
    "KlingCameraControl": {
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "simple",
            "down_back",
            "forward_up",
            "right_turn_forward",
            "left_turn_forward"
          ]
        },
        "config": {
          "type": "object",
          "properties": {
            "horizontal": {
              "type": "number",
              "minimum": -10,
              "maximum": 10
            },
            "vertical": {
              "type": "number",
              "minimum": -10,
              "maximum": 10
            },
            "pan": {
              "type": "number",
              "minimum": -10,
              "maximum": 10
            },
            "tilt": {
              "type": "number",
              "minimum": -10,
              "maximum": 10
            },
            "roll": {
              "type": "number",
              "minimum": -10,
              "maximum": 10
            },
            "zoom": {
              "type": "number",
              "minimum": -10,
              "maximum": 10
            }
          },
          "additionalProperties": false
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "KlingDynamicMask": {
      "type": "object",
      "properties": {
        "mask": {
          "type": "string"
        },
        "trajectories": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "x": {
                "type": "integer"
              },
              "y": {
                "type": "integer"
              }
            },
            "required": [
              "x",
              "y"
            ],
            "additionalProperties": false
          },
          "minItems": 2
        }
      },
      "required": [
        "mask",
        "trajectories"
      ],
      "additionalProperties": false
    },
    "KlingErrorResponse": {
      "type": "object",
      "properties": {
        "code": {
          "type": "integer"
        },
        "message": {
          "type": "string"
        },
        "request_id": {
          "type": "string"
        }
      },
      "required": [
        "code",
        "message"
      ]
    },
    "KlingImage": {
      "type": "object",
      "properties": {
        "index": {
          "type": "integer"
        },
        "url": {
          "type": "string",
          "format": "uri"
        }
      }
    },
    "KlingImage2VideoRequest": {
      "type": "object",
      "properties": {
        "model_name": {
          "$ref": "#/$defs/KlingModelName"
        },
        "image": {
          "type": "string"
        },
        "image_tail": {
          "type": "string"
        },
        "prompt": {
          "type": "string",
          "maxLength": 2500
        },
        "negative_prompt": {
          "type": "string",
          "maxLength": 2500
        },
        "cfg_scale": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "mode": {
          "type": "string",
          "enum": [
            "std",
            "pro"
          ]
        },
        "static_mask": {
          "type": "string"
        },
        "dynamic_masks": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/KlingDynamicMask"
          },
          "maxItems": 6
        },
        "duration": {
          "type": "string",
          "enum": [
            "5",
            "10"
          ]
        },
        "callback_url": {
          "type": "string",
          "format": "uri"
        },
        "external_task_id": {
          "type": "string"
        }
      },
      "required": [
        "image"
      ]
    },
    "KlingImageGenerationRequest": {
      "type": "object",
      "properties": {
        "model_name": {
          "$ref": "#/$defs/KlingModelName"
        },
        "prompt": {
          "type": "string",
          "maxLength": 500
        },
        "negative_prompt": {
          "type": "string",
          "maxLength": 200
        },
        "image": {
          "type": "string"
        },
        "image_reference": {
          "type": "string",
          "enum": [
            "subject",
            "face"
          ]
        },
        "image_fidelity": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "human_fidelity": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "n": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9
        },
        "aspect_ratio": {
          "type": "string",
          "enum": [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "3:2",
            "2:3"
          ]
        },
        "callback_url": {
          "type": "string",
          "format": "uri"
        }
      },
      "required": [
        "prompt"
      ]
    },
    "KlingModelName": {
      "type": "string"
    },
    "KlingSubmitResponse": {
      "type": "object",
      "properties": {
        "code": {
          "type": "integer"
        },
        "message": {
          "type": "string"
        },
        "request_id": {
          "type": "string"
        },
        "data": {
          "type": "object",
          "properties": {
            "task_id": {
              "type": "string"
            },
            "task_status": {
              "$ref": "#/$defs/KlingTaskStatus"
            },
            "created_at": {
              "type": "integer"
            },
            "updated_at": {
              "type": "integer"
            }
          },
          "required": [
            "task_id",
            "task_status"
          ]
        }
      },
      "required": [
        "code",
        "data"
      ]
    },
    "KlingTaskResponse": {
      "type": "object",
      "properties": {
        "code": {
          "type": "integer"
        },
        "message": {
          "type": "string"
        },
        "request_id": {
          "type": "string"
        },
        "data": {
          "type": "object",
          "properties": {
            "task_id": {
              "type": "string"
            },
            "task_status": {
              "$ref": "#/$defs/KlingTaskStatus"
            },
            "task_status_msg": {
              "type": "string"
            },
            "created_at": {
              "type": "integer"
            },
            "updated_at": {
              "type": "integer"
            },
            "task_result": {
              "$ref": "#/$defs/KlingTaskResult"
            }
          },
          "required": [
            "task_id",
            "task_status"
          ]
        }
      },
      "required": [
        "code",
        "data"
      ]
    },
    "KlingTaskResult": {
      "type": "object",
      "properties": {
        "videos": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/KlingVideo"
          }
        },
        "images": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/KlingImage"
          }
        }
      }
    },
    "KlingTaskStatus": {
      "type": "string",
      "enum": [
        "submitted",
        "processing",
        "succeed",
        "failed"
      ]
    },
    "KlingText2VideoRequest": {
      "type": "object",
      "properties": {
        "model_name": {
          "$ref": "#/$defs/KlingModelName"
        },
        "prompt": {
          "type": "string",
          "maxLength": 2500
        },
        "negative_prompt": {
          "type": "string",
          "maxLength": 2500
        },
        "cfg_scale": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "mode": {
          "type": "string",
          "enum": [
            "std",
            "pro"
          ]
        },
        "camera_control": {
          "$ref": "#/$defs/KlingCameraControl"
        },
        "aspect_ratio": {
          "type": "string",
          "enum": [
            "16:9",
            "9:16",
            "1:1"
          ]
        },
        "duration": {
          "type": "string",
          "enum": [
            "5",
            "10"
          ]
        },
        "callback_url": {
          "type": "string",
          "format": "uri"
        },
        "external_task_id": {
          "type": "string"
        }
      },
      "required": [
        "prompt"
      ]
    },
    "KlingVideo": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "url": {
          "type": "string",
          "format": "uri"
        },
        "duration": {
          "type": "string"
        }
      }
    },
    "LumaExtendRequest": {
      "type": "object",
      "properties": {
        "user_prompt": {
          "type": "string"
        },
        "expand_prompt": {
          "type": "boolean"
        },
        "image_url": {
          "type": "string"
        },
        "image_end_url": {
          "type": "string"
        },
        "notify_hook": {
          "type": "string"
        }
      },
      "required": [
        "user_prompt"
      ]
    },
    "LumaGenerateRequest": {
      "type": "object",
      "properties": {
        "user_prompt": {
          "type": "string"
        },
        "expand_prompt": {
          "type": "boolean"
        },
        "aspect_ratio": {
          "type": "string"
        },
        "loop": {
          "type": "boolean"
        },
        "image_url": {
          "type": "string"
        },
        "image_end_url": {
          "type": "string"
        },
        "notify_hook": {
          "type": "string"
        },
        "model_name": {
          "type": "string"
        },
        "duration": {
          "type": "string"
        },
        "resolution": {
          "type": "string"
        }
      },
      "required": [
        "user_prompt"
      ]
    },
    "LumaGeneration": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "prompt": {
          "type": "string"
        },
        "state": {
          "$ref": "#/$defs/LumaState"
        },
        "queue_state": {},
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "batch_id": {
          "type": "string"
        },
        "video": {
          "anyOf": [
            {
              "$ref": "#/$defs/LumaVideo"
            },
            {
              "type": "null"
            }
          ]
        },
        "video_raw": {
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": true
        },
        "liked": {},
        "estimate_wait_seconds": {
          "type": [
            "integer",
            "null"
          ]
        },
        "thumbnail": {
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": true
        },
        "last_frame": {
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": true
        },
        "server_id": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "state"
      ]
    },
    "LumaState": {
      "type": "string",
      "enum": [
        "pending",
        "queued",
        "processing",
        "dreaming",
        "completed",
        "failed"
      ]
    },
    "LumaVideo": {
      "type": "object",
      "properties": {
        "url": {
          "type": "string"
        },
        "width": {
          "type": "integer"
        },
        "height": {
          "type": "integer"
        },
        "thumbnail": {
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": true
        },
        "download_url": {
          "type": "string"
        }
      },
      "required": [
        "url"
      ]
    },
    "MjAccountFilter": {
      "type": "object",
      "properties": {
        "channelId": {
          "type": "string"
        },
        "instanceId": {
          "type": "string"
        },
        "modes": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "RELAX",
              "FAST",
              "TURBO"
            ]
          }
        },
        "remark": {
          "type": "string"
        },
        "remix": {
          "type": "boolean"
        },
        "remixAutoConsidered": {
          "type": "boolean"
        }
      }
    },
    "MjActionRequest": {
      "type": "object",
      "properties": {
        "customId": {
          "type": "string"
        },
        "taskId": {
          "type": "string"
        },
        "chooseSameChannel": {
          "type": "boolean"
        },
        "accountFilter": {
          "$ref": "#/$defs/MjAccountFilter"
        },
        "notifyHook": {
          "type": "string"
        },
        "state": {
          "type": "string"
        },
        "mode": {
          "$ref": "#/$defs/MjMode"
        }
      },
      "required": [
        "customId",
        "taskId"
      ]
    },
    "MjBlendRequest": {
      "type": "object",
      "properties": {
        "base64Array": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 2,
          "maxItems": 5
        },
        "dimensions": {
          "type": "string",
          "enum": [
            "PORTRAIT",
            "SQUARE",
            "LANDSCAPE"
          ]
        },
        "botType": {
          "$ref": "#/$defs/MjBotType"
        },
        "accountFilter": {
          "$ref": "#/$defs/MjAccountFilter"
        },
        "notifyHook": {
          "type": "string"
        },
        "state": {
          "type": "string"
        },
        "mode": {
          "$ref": "#/$defs/MjMode"
        }
      },
      "required": [
        "base64Array"
      ]
    },
    "MjBotType": {
      "type": "string",
      "enum": [
        "MID_JOURNEY",
        "NIJI_JOURNEY"
      ]
    },
    "MjButton": {
      "type": "object",
      "properties": {
        "customId": {
          "type": "string"
        },
        "emoji": {
          "type": "string"
        },
        "label": {
          "type": "string"
        },
        "type": {
          "type": "integer"
        },
        "style": {
          "type": "integer"
        }
      },
      "required": [
        "customId"
      ]
    },
    "MjDescribeRequest": {
      "type": "object",
      "properties": {
        "base64": {
          "type": "string"
        },
        "botType": {
          "$ref": "#/$defs/MjBotType"
        },
        "accountFilter": {
          "$ref": "#/$defs/MjAccountFilter"
        },
        "notifyHook": {
          "type": "string"
        },
        "state": {
          "type": "string"
        },
        "mode": {
          "$ref": "#/$defs/MjMode"
        }
      },
      "required": [
        "base64"
      ]
    },
    "MjImageSeedResult": {
      "type": "object",
      "properties": {
        "code": {
          "type": "integer"
        },
        "description": {
          "type": "string"
        },
        "result": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "code"
      ]
    },
    "MjImagineRequest": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string"
        },
        "botType": {
          "$ref": "#/$defs/MjBotType"
        },
        "base64Array": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "accountFilter": {
          "$ref": "#/$defs/MjAccountFilter"
        },
        "notifyHook": {
          "type": "string"
        },
        "state": {
          "type": "string"
        },
        "mode": {
          "$ref": "#/$defs/MjMode"
        }
      },
      "required": [
        "prompt"
      ]
    },
    "MjListByConditionRequest": {
      "type": "object",
      "properties": {
        "ids": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1
        }
      },
      "required": [
        "ids"
      ]
    },
    "MjModalRequest": {
      "type": "object",
      "properties": {
        "taskId": {
          "type": "string"
        },
        "prompt": {
          "type": "string"
        },
        "maskBase64": {
          "type": "string"
        },
        "notifyHook": {
          "type": "string"
        },
        "state": {
          "type": "string"
        }
      },
      "required": [
        "taskId"
      ]
    },
    "MjMode": {
      "type": "string",
      "enum": [
        "fast",
        "turbo",
        "relax"
      ]
    },
    "MjQueryRequest": {
      "type": "object",
      "properties": {
        "pageNumber": {
          "type": "integer",
          "minimum": 0
        },
        "pageSize": {
          "type": "integer",
          "minimum": 1
        },
        "sort": {
          "type": "string"
        },
        "action": {
          "$ref": "#/$defs/MjTaskAction"
        },
        "description": {
          "type": "string"
        },
        "ids": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "instanceId": {
          "type": "string"
        },
        "prompt": {
          "type": "string"
        },
        "promptEn": {
          "type": "string"
        },
        "state": {
          "type": "string"
        },
        "status": {
          "$ref": "#/$defs/MjTaskStatus"
        },
        "statusSet": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/MjTaskStatus"
          }
        }
      }
    },
    "MjShortenRequest": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string"
        },
        "botType": {
          "$ref": "#/$defs/MjBotType"
        },
        "accountFilter": {
          "$ref": "#/$defs/MjAccountFilter"
        },
        "notifyHook": {
          "type": "string"
        },
        "state": {
          "type": "string"
        },
        "mode": {
          "$ref": "#/$defs/MjMode"
        }
      },
      "required": [
        "prompt"
      ]
    },
    "MjSort": {
      "type": "object",
      "properties": {
        "empty": {
          "type": "boolean"
        },
        "sorted": {
          "type": "boolean"
        },
        "unsorted": {
          "type": "boolean"
        }
      }
    },
    "MjSubmitResult": {
      "type": "object",
      "properties": {
        "code": {
          "type": "integer",
          "format": "int32"
        },
        "description": {
          "type": "string"
        },
        "result": {
          "type": [
            "string",
            "null"
          ]
        },
        "properties": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "required": [
        "code",
        "description"
      ]
    },
    "MjSwapFaceRequest": {
      "type": "object",
      "properties": {
        "sourceBase64": {
          "type": "string"
        },
        "targetBase64": {
          "type": "string"
        },
        "accountFilter": {
          "$ref": "#/$defs/MjAccountFilter"
        },
        "notifyHook": {
          "type": "string"
        },
        "state": {
          "type": "string"
        }
      },
      "required": [
        "sourceBase64",
        "targetBase64"
      ]
    },
    "MjTask": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "action": {
          "$ref": "#/$defs/MjTaskAction"
        },
        "customId": {
          "type": "string"
        },
        "botType": {
          "type": "string"
        },
        "prompt": {
          "type": "string"
        },
        "promptEn": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "state": {
          "type": "string"
        },
        "submitTime": {
          "type": "integer",
          "format": "int64"
        },
        "startTime": {
          "type": "integer",
          "format": "int64"
        },
        "finishTime": {
          "type": "integer",
          "format": "int64"
        },
        "imageUrl": {
          "type": [
            "string",
            "null"
          ]
        },
        "imageWidth": {
          "type": "integer"
        },
        "imageHeight": {
          "type": "integer"
        },
        "status": {
          "$ref": "#/$defs/MjTaskStatus"
        },
        "progress": {
          "type": "string",
          "pattern": "^[0-9]{1,3}%$"
        },
        "failReason": {
          "type": [
            "string",
            "null"
          ]
        },
        "buttons": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/MjButton"
          }
        },
        "maskBase64": {
          "type": [
            "string",
            "null"
          ]
        },
        "properties": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "required": [
        "id"
      ]
    },
    "MjTaskAction": {
      "type": "string",
      "enum": [
        "IMAGINE",
        "UPSCALE",
        "VARIATION",
        "REROLL",
        "ZOOM",
        "PAN",
        "DESCRIBE",
        "BLEND",
        "SHORTEN",
        "SWAP_FACE"
      ]
    },
    "MjTaskList": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/MjTask"
      }
    },
    "MjTaskPage": {
      "type": "object",
      "properties": {
        "content": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/MjTask"
          }
        },
        "empty": {
          "type": "boolean"
        },
        "first": {
          "type": "boolean"
        },
        "last": {
          "type": "boolean"
        },
        "number": {
          "type": "integer"
        },
        "numberOfElements": {
          "type": "integer"
        },
        "pageable": {
          "type": "object",
          "properties": {
            "offset": {
              "type": "integer"
            },
            "pageNumber": {
              "type": "integer"
            },
            "pageSize": {
              "type": "integer"
            },
            "paged": {
              "type": "boolean"
            },
            "unpaged": {
              "type": "boolean"
            },
            "sort": {
              "$ref": "#/$defs/MjSort"
            }
          }
        },
        "size": {
          "type": "integer"
        },
        "sort": {
          "$ref": "#/$defs/MjSort"
        },
        "totalElements": {
          "type": "integer"
        },
        "totalPages": {
          "type": "integer"
        }
      },
      "required": [
        "content"
      ]
    },
    "MjTaskStatus": {
      "type": "string",
      "enum": [
        "NOT_START",
        "SUBMITTED",
        "MODAL",
        "IN_PROGRESS",
        "FAILURE",
        "SUCCESS",
        "CANCEL"
      ]
    },
    "RecraftBaseStyle": {
      "type": "string",
      "enum": [
        "realistic_image",
        "digital_illustration",
        "vector_illustration",
        "icon"
      ]
    },
    "RecraftControls": {
      "type": "object",
      "properties": {
        "colors": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RecraftRgb"
          }
        },
        "background_color": {
          "$ref": "#/$defs/RecraftRgb"
        }
      }
    },
    "RecraftCreateStyleRequest": {
      "type": "object",
      "properties": {
        "style": {
          "$ref": "#/$defs/RecraftBaseStyle"
        },
        "file": {
          "type": "array",
          "items": {
            "type": "string",
            "format": "binary"
          },
          "minItems": 1,
          "maxItems": 5
        }
      },
      "required": [
        "style",
        "file"
      ]
    },
    "RecraftCreateStyleResponse": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        }
      },
      "required": [
        "id"
      ]
    },
    "RecraftGenerateImageRequest": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string",
          "maxLength": 1000
        },
        "n": {
          "type": "integer",
          "minimum": 1,
          "maximum": 6
        },
        "style_id": {
          "type": "string",
          "format": "uuid"
        },
        "style": {
          "type": "string",
          "enum": [
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "icon",
            "any"
          ]
        },
        "substyle": {
          "type": "string"
        },
        "model": {
          "type": "string",
          "enum": [
            "recraftv3",
            "recraftv2"
          ]
        },
        "response_format": {
          "type": "string",
          "enum": [
            "url",
            "b64_json"
          ]
        },
        "size": {
          "type": "string",
          "enum": [
            "1024x1024",
            "1365x1024",
            "1024x1365",
            "1536x1024",
            "1024x1536",
            "1820x1024",
            "1024x1820",
            "1024x2048",
            "2048x1024",
            "1434x1024",
            "1024x1434",
            "1024x1280",
            "1280x1024",
            "1024x1707",
            "1707x1024"
          ]
        },
        "controls": {
          "$ref": "#/$defs/RecraftControls"
        },
        "text_layout": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RecraftTextLayoutItem"
          }
        }
      },
      "required": [
        "prompt"
      ]
    },
    "RecraftImage": {
      "type": "object",
      "properties": {
        "url": {
          "type": "string",
          "format": "uri"
        },
        "b64_json": {
          "type": "string"
        },
        "image_id": {
          "type": "string",
          "format": "uuid"
        }
      }
    },
    "RecraftImageFileRequest": {
      "type": "object",
      "properties": {
        "file": {
          "type": "string",
          "format": "binary"
        },
        "response_format": {
          "type": "string",
          "enum": [
            "url",
            "b64_json"
          ]
        }
      },
      "required": [
        "file"
      ]
    },
    "RecraftImageFileResponse": {
      "type": "object",
      "properties": {
        "image": {
          "type": "object",
          "properties": {
            "url": {
              "type": "string",
              "format": "uri"
            },
            "b64_json": {
              "type": "string"
            }
          }
        }
      },
      "required": [
        "image"
      ]
    },
    "RecraftImagesResponse": {
      "type": "object",
      "properties": {
        "created": {
          "type": "integer"
        },
        "data": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RecraftImage"
          }
        }
      },
      "required": [
        "data"
      ]
    },
    "RecraftRgb": {
      "type": "object",
      "properties": {
        "rgb": {
          "type": "array",
          "items": {
            "type": "integer",
            "minimum": 0,
            "maximum": 255
          },
          "minItems": 3,
          "maxItems": 3
        }
      },
      "required": [
        "rgb"
      ],
      "additionalProperties": false
    },
    "RecraftTextLayoutItem": {
      "type": "object",
      "properties": {
        "text": {
          "type": "string"
        },
        "bbox": {
          "type": "array",
          "items": {
            "type": "array",
            "items": {
              "type": "number",
              "minimum": 0,
              "maximum": 1
            },
            "minItems": 2,
            "maxItems": 2
          },
          "minItems": 4,
          "maxItems": 4
        }
      },
      "required": [
        "text",
        "bbox"
      ],
      "additionalProperties": false
    },
    "RelayErrorEnvelope": {
      "$ref": "#/$defs/ErrorEnvelope"
    },
    "RunwayImageToVideoRequest": {
      "type": "object",
      "properties": {
        "promptImage": {
          "oneOf": [
            {
              "type": "string"
            },
            {
              "type": "array",
              "items": {
                "$ref": "#/$defs/RunwayPromptImage"
              },
              "minItems": 1,
              "maxItems": 2
            }
          ]
        },
        "model": {
          "type": "string"
        },
        "promptText": {
          "type": "string",
          "maxLength": 512
        },
        "seed": {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295
        },
        "watermark": {
          "type": "boolean"
        },
        "duration": {
          "type": "integer",
          "enum": [
            5,
            10
          ]
        },
        "ratio": {
          "type": "string",
          "enum": [
            "16:9",
            "9:16",
            "1280:768",
            "768:1280"
          ]
        }
      },
      "required": [
        "promptImage",
        "model"
      ]
    },
    "RunwayPromptImage": {
      "type": "object",
      "properties": {
        "uri": {
          "type": "string"
        },
        "position": {
          "type": "string",
          "enum": [
            "first",
            "last"
          ]
        }
      },
      "required": [
        "uri"
      ],
      "additionalProperties": false
    },
    "RunwayTask": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "status": {
          "type": "string",
          "enum": [
            "PENDING",
            "THROTTLED",
            "RUNNING",
            "SUCCEEDED",
            "FAILED",
            "CANCELLED"
          ]
        },
        "createdAt": {
          "type": "string",
          "format": "date-time"
        },
        "progress": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "output": {
          "type": "array",
          "items": {
            "type": "string",
            "format": "uri"
          }
        },
        "failure": {
          "type": "string"
        },
        "failureCode": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "status"
      ]
    },
    "RunwayTaskCreated": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        }
      },
      "required": [
        "id"
      ]
    },
    "StabilityArtifact": {
      "type": "object",
      "properties": {
        "base64": {
          "type": "string"
        },
        "finishReason": {
          "type": "string",
          "enum": [
            "SUCCESS",
            "ERROR",
            "CONTENT_FILTERED"
          ]
        },
        "seed": {
          "type": "integer"
        }
      },
      "required": [
        "base64",
        "finishReason"
      ]
    },
    "StabilityArtifactsResponse": {
      "type": "object",
      "properties": {
        "artifacts": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/StabilityArtifact"
          }
        }
      },
      "required": [
        "artifacts"
      ]
    },
    "StabilityAspectRatio": {
      "type": "string",
      "enum": [
        "16:9",
        "1:1",
        "21:9",
        "2:3",
        "3:2",
        "4:5",
        "5:4",
        "9:16",
        "9:21"
      ]
    },
    "StabilityCoreRequest": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string",
          "minLength": 1,
          "maxLength": 10000
        },
        "negative_prompt": {
          "type": "string",
          "maxLength": 10000
        },
        "aspect_ratio": {
          "$ref": "#/$defs/StabilityAspectRatio"
        },
        "seed": {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967294
        },
        "style_preset": {
          "$ref": "#/$defs/StabilityStylePreset"
        },
        "output_format": {
          "type": "string",
          "enum": [
            "png",
            "jpeg",
            "webp"
          ]
        }
      },
      "required": [
        "prompt"
      ]
    },
    "StabilityImageResponse": {
      "type": "object",
      "properties": {
        "image": {
          "type": "string"
        },
        "finish_reason": {
          "type": "string",
          "enum": [
            "SUCCESS",
            "CONTENT_FILTERED"
          ]
        },
        "seed": {
          "type": "integer"
        }
      },
      "required": [
        "image",
        "finish_reason"
      ]
    },
    "StabilitySd3Request": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string",
          "minLength": 1,
          "maxLength": 10000
        },
        "mode": {
          "type": "string",
          "enum": [
            "text-to-image",
            "image-to-image"
          ]
        },
        "image": {
          "type": "string",
          "format": "binary"
        },
        "strength": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "aspect_ratio": {
          "$ref": "#/$defs/StabilityAspectRatio"
        },
        "model": {
          "type": "string",
          "enum": [
            "sd3-large",
            "sd3-large-turbo",
            "sd3-medium",
            "sd3",
            "sd3-turbo"
          ]
        },
        "seed": {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967294
        },
        "output_format": {
          "type": "string",
          "enum": [
            "png",
            "jpeg"
          ]
        },
        "negative_prompt": {
          "type": "string",
          "maxLength": 10000
        }
      },
      "required": [
        "prompt"
      ]
    },
    "StabilitySdxlRequest": {
      "type": "object",
      "properties": {
        "text_prompts": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/StabilityTextPrompt"
          },
          "minItems": 1
        },
        "height": {
          "type": "integer",
          "minimum": 128,
          "multipleOf": 64
        },
        "width": {
          "type": "integer",
          "minimum": 128,
          "multipleOf": 64
        },
        "cfg_scale": {
          "type": "number",
          "minimum": 0,
          "maximum": 35
        },
        "clip_guidance_preset": {
          "type": "string",
          "enum": [
            "FAST_BLUE",
            "FAST_GREEN",
            "NONE",
            "SIMPLE",
            "SLOW",
            "SLOWER",
            "SLOWEST"
          ]
        },
        "sampler": {
          "type": "string",
          "enum": [
            "DDIM",
            "DDPM",
            "K_DPMPP_2M",
            "K_DPMPP_2S_ANCESTRAL",
            "K_DPM_2",
            "K_DPM_2_ANCESTRAL",
            "K_EULER",
            "K_EULER_ANCESTRAL",
            "K_HEUN",
            "K_LMS"
          ]
        },
        "samples": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10
        },
        "seed": {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295
        },
        "steps": {
          "type": "integer",
          "minimum": 10,
          "maximum": 50
        },
        "style_preset": {
          "$ref": "#/$defs/StabilityStylePreset"
        }
      },
      "required": [
        "text_prompts"
      ]
    },
    "StabilityStylePreset": {
      "type": "string",
      "enum": [
        "3d-model",
        "analog-film",
        "anime",
        "cinematic",
        "comic-book",
        "digital-art",
        "enhance",
        "fantasy-art",
        "isometric",
        "line-art",
        "low-poly",
        "modeling-compound",
        "neon-punk",
        "origami",
        "photographic",
        "pixel-art",
        "tile-texture"
      ]
    },
    "StabilityTextPrompt": {
      "type": "object",
      "properties": {
        "text": {
          "type": "string",
          "minLength": 1,
          "maxLength": 2000
        },
        "weight": {
          "type": "number"
        }
      },
      "required": [
        "text"
      ],
      "additionalProperties": false
    },
    "StabilityUltraRequest": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string",
          "minLength": 1,
          "maxLength": 10000
        },
        "negative_prompt": {
          "type": "string",
          "maxLength": 10000
        },
        "aspect_ratio": {
          "$ref": "#/$defs/StabilityAspectRatio"
        },
        "seed": {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967294
        },
        "output_format": {
          "type": "string",
          "enum": [
            "png",
            "jpeg",
            "webp"
          ]
        }
      },
      "required": [
        "prompt"
      ]
    },
    "StabilityV1Error": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "message": {
          "type": "string"
        }
      },
      "required": [
        "name",
        "message"
      ]
    },
    "StabilityV2Error": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "errors": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "required": [
        "name",
        "errors"
      ]
    },
    "SunoClip": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "title": {
          "type": [
            "string",
            "null"
          ]
        },
        "status": {
          "type": "string"
        },
        "audio_url": {
          "type": [
            "string",
            "null"
          ]
        },
        "video_url": {
          "type": [
            "string",
            "null"
          ]
        },
        "image_url": {
          "type": [
            "string",
            "null"
          ]
        },
        "image_large_url": {
          "type": [
            "string",
            "null"
          ]
        },
        "model_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "major_model_version": {
          "type": [
            "string",
            "null"
          ]
        },
        "created_at": {
          "type": [
            "string",
            "null"
          ]
        },
        "is_video_pending": {
          "type": "boolean"
        },
        "metadata": {
          "$ref": "#/$defs/SunoClipMetadata"
        }
      },
      "required": [
        "id"
      ]
    },
    "SunoClipMetadata": {
      "type": "object",
      "properties": {
        "tags": {
          "type": [
            "string",
            "null"
          ]
        },
        "prompt": {
          "type": [
            "string",
            "null"
          ]
        },
        "gpt_description_prompt": {
          "type": [
            "string",
            "null"
          ]
        },
        "duration": {
          "type": [
            "number",
            "null"
          ]
        },
        "type": {
          "type": [
            "string",
            "null"
          ]
        },
        "error_type": {
          "type": [
            "string",
            "null"
          ]
        },
        "error_message": {
          "type": [
            "string",
            "null"
          ]
        },
        "concat_history": {
          "type": [
            "array",
            "null"
          ],
          "items": {
            "type": "object",
            "additionalProperties": true
          }
        },
        "history": {
          "type": [
            "array",
            "null"
          ],
          "items": {
            "type": "object",
            "additionalProperties": true
          }
        }
      }
    },
    "SunoConcatRequest": {
      "type": "object",
      "properties": {
        "clip_id": {
          "type": "string"
        }
      },
      "required": [
        "clip_id"
      ]
    },
    "SunoFetchResponse": {
      "type": "object",
      "properties": {
        "code": {
          "type": "integer"
        },
        "data": {
          "$ref": "#/$defs/SunoTask"
        },
        "message": {
          "type": "string"
        }
      },
      "required": [
        "code",
        "data"
      ]
    },
    "SunoGenerateInput": {
      "type": "object",
      "properties": {
        "prompt": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "tags": {
          "type": "string"
        },
        "gpt_description_prompt": {
          "type": "string"
        },
        "make_instrumental": {
          "type": "boolean"
        },
        "continue_at": {
          "anyOf": [
            {
              "type": "number"
            },
            {
              "type": "string"
            }
          ]
        },
        "continue_clip_id": {
          "type": "string"
        }
      }
    },
    "SunoGenerateRequest": {
      "type": "object",
      "properties": {
        "custom_mode": {
          "type": "boolean"
        },
        "mv": {
          "type": "string"
        },
        "input": {
          "$ref": "#/$defs/SunoGenerateInput"
        }
      },
      "required": [
        "custom_mode",
        "input"
      ]
    },
    "SunoSubmitResponse": {
      "type": "object",
      "properties": {
        "code": {
          "type": "integer"
        },
        "data": {
          "type": "object",
          "properties": {
            "task_id": {
              "type": "string"
            }
          },
          "required": [
            "task_id"
          ]
        },
        "message": {
          "type": "string"
        }
      },
      "required": [
        "code",
        "data"
      ]
    },
    "SunoTask": {
      "type": "object",
      "properties": {
        "task_id": {
          "type": "string"
        },
        "status": {
          "$ref": "#/$defs/SunoTaskStatus"
        },
        "input": {
          "type": "string"
        },
        "clips": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/SunoClip"
          }
        },
        "metadata": {
          "type": "object",
          "additionalProperties": true
        }
      },
      "required": [
        "task_id",
        "status"
      ]
    },
    "SunoTaskStatus": {
      "type": "string",
      "enum": [
        "pending",
        "processing",
        "completed",
        "failed"
      ]
    }
  },
  "securitySchemes": {
    "bearerAuth": {
      "type": "http",
      "scheme": "bearer"
    }
  },
  "operations": [
    {
      "operationId": "createChatCompletion",
      "method": "post",
      "path": "/v1/chat/completions",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "chat-general",
                  "value": {
                    "id": "chatcmpl-9pY3kqFvXw2LrT8bN1cHdE4sZaQm",
                    "object": "chat.completion",
                    "created": 1722067200,
                    "model": "gpt-3.5-turbo-0125",
                    "system_fingerprint": "fp_3b956da36b",
                    "choices": [
                      {
                        "index": 0,
                        "message": {
                          "role": "assistant",
                          "content": "This is a test!"
                        },
                        "logprobs": null,
                        "finish_reason": "stop"
                      }
                    ],
                    "usage": {
                      "prompt_tokens": 21,
                      "completion_tokens": 5,
                      "total_tokens": 26
                    }
                  }
                },
                {
                  "name": "vision",
                  "value": {
                    "id": "chatcmpl-9pY4aR2mKc7TnQ0vWb5yXe1fLhUs",
                    "object": "chat.completion",
                    "created": 1722067260,
                    "model": "gpt-4-1106-vision-preview",
                    "choices": [
                      {
                        "index": 0,
                        "message": {
                          "role": "assistant",
                          "content": "A wooden boardwalk runs through tall green grass under a blue sky with a few white clouds."
                        },
                        "logprobs": null,
                        "finish_reason": "stop"
                      }
                    ],
                    "usage": {
                      "prompt_tokens": 1118,
                      "completion_tokens": 24,
                      "total_tokens": 1142
                    }
                  }
                },
                {
                  "name": "generated-image",
                  "value": {
                    "id": "chatcmpl-9pY5cT4nLd8UoR1wXc6zYf2gMiVt",
                    "object": "chat.completion",
                    "created": 1722067320,
                    "model": "gpt-4-all",
                    "choices": [
                      {
                        "index": 0,
                        "message": {
                          "role": "assistant",
                          "content": "![orange cat on a windowsill](https://cdn.example.com/generated/7f3c2a91-cat.png)"
                        },
                        "logprobs": null,
                        "finish_reason": "stop"
                      }
                    ],
                    "usage": {
                      "prompt_tokens": 18,
                      "completion_tokens": 40,
                      "total_tokens": 58
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ChatCompletion"
              }
            },
            {
              "mediaType": "text/event-stream",
              "kind": "event-stream",
              "examples": [
                {
                  "name": "stream",
                  "value": "data: {\\"id\\":\\"chatcmpl-9pY3kqFvXw2LrT8bN1cHdE4sZaQm\\",\\"object\\":\\"chat.completion.chunk\\",\\"created\\":1722067200,\\"model\\":\\"gpt-3.5-turbo-0125\\",\\"choices\\":[{\\"index\\":0,\\"delta\\":{\\"role\\":\\"assistant\\",\\"content\\":\\"\\"},\\"finish_reason\\":null}]}\\n\\ndata: {\\"id\\":\\"chatcmpl-9pY3kqFvXw2LrT8bN1cHdE4sZaQm\\",\\"object\\":\\"chat.completion.chunk\\",\\"created\\":1722067200,\\"model\\":\\"gpt-3.5-turbo-0125\\",\\"choices\\":[{\\"index\\":0,\\"delta\\":{\\"content\\":\\"This is\\"},\\"finish_reason\\":null}]}\\n\\ndata: {\\"id\\":\\"chatcmpl-9pY3kqFvXw2LrT8bN1cHdE4sZaQm\\",\\"object\\":\\"chat.completion.chunk\\",\\"created\\":1722067200,\\"model\\":\\"gpt-3.5-turbo-0125\\",\\"choices\\":[{\\"index\\":0,\\"delta\\":{\\"content\\":\\" a test!\\"},\\"finish_reason\\":null}]}\\n\\ndata: {\\"id\\":\\"chatcmpl-9pY3kqFvXw2LrT8bN1cHdE4sZaQm\\",\\"object\\":\\"chat.completion.chunk\\",\\"created\\":1722067200,\\"model\\":\\"gpt-3.5-turbo-0125\\",\\"choices\\":[{\\"index\\":0,\\"delta\\":{},\\"finish_reason\\":\\"stop\\"}]}\\n\\ndata: [DONE]\\n\\n"
                }
              ],
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "'messages' is a required property",
                      "type": "invalid_request_error",
                      "param": "messages",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "model-not-found",
                  "value": {
                    "error": {
                      "message": "The model \`gpt-5-ultra\` does not exist or you do not have access to it.",
                      "type": "invalid_request_error",
                      "param": "model",
                      "code": "model_not_found"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 503",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "chat-general",
                "value": {
                  "model": "gpt-3.5-turbo",
                  "messages": [
                    {
                      "role": "system",
                      "content": "You are a helpful assistant."
                    },
                    {
                      "role": "user",
                      "content": "Say this is a test!"
                    }
                  ],
                  "temperature": 0.7
                }
              },
              {
                "name": "gpts",
                "value": {
                  "model": "gpt-4-gizmo-g-bo0FiWLY7",
                  "messages": [
                    {
                      "role": "user",
                      "content": "Give me three ideas for a weekend hiking trip near Hangzhou."
                    }
                  ],
                  "stream": false
                }
              },
              {
                "name": "gemini-pro",
                "value": {
                  "model": "gemini-pro",
                  "messages": [
                    {
                      "role": "user",
                      "content": "Explain the difference between TCP and UDP in two sentences."
                    }
                  ],
                  "temperature": 0.5
                }
              },
              {
                "name": "gpt-4-all-analyze-image",
                "value": {
                  "model": "gpt-4-all",
                  "messages": [
                    {
                      "role": "user",
                      "content": "https://cdn.example.com/uploads/street-scene.jpg 这张图片里有什么?"
                    }
                  ]
                }
              },
              {
                "name": "gpt-4-vision-preview",
                "value": {
                  "model": "gpt-4-vision-preview",
                  "messages": [
                    {
                      "role": "user",
                      "content": [
                        {
                          "type": "text",
                          "text": "What is in this image?"
                        },
                        {
                          "type": "image_url",
                          "image_url": {
                            "url": "https://cdn.example.com/uploads/boardwalk.jpg",
                            "detail": "auto"
                          }
                        }
                      ]
                    }
                  ],
                  "max_tokens": 300,
                  "stream": false
                }
              },
              {
                "name": "stable-diffusion",
                "value": {
                  "model": "stable-diffusion",
                  "messages": [
                    {
                      "role": "user",
                      "content": "a lighthouse on a cliff at sunset, oil painting, highly detailed"
                    }
                  ],
                  "stream": false
                }
              },
              {
                "name": "gpt-4-all-generate-image",
                "value": {
                  "model": "gpt-4-all",
                  "messages": [
                    {
                      "role": "user",
                      "content": "画一只在窗台上晒太阳的橘猫"
                    }
                  ],
                  "stream": false
                }
              },
              {
                "name": "chat-streaming",
                "value": {
                  "model": "gpt-3.5-turbo",
                  "messages": [
                    {
                      "role": "user",
                      "content": "Say this is a test!"
                    }
                  ],
                  "stream": true,
                  "stream_options": {
                    "include_usage": true
                  }
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/CreateChatCompletionRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "model": {
                  "types": [
                    "string"
                  ]
                },
                "messages": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "object"
                    ]
                  }
                },
                "temperature": {
                  "types": [
                    "number"
                  ]
                },
                "top_p": {
                  "types": [
                    "number"
                  ]
                },
                "n": {
                  "types": [
                    "integer"
                  ]
                },
                "stream": {
                  "types": [
                    "boolean"
                  ]
                },
                "stream_options": {
                  "types": [
                    "object"
                  ]
                },
                "stop": {
                  "types": [
                    "string",
                    "array"
                  ],
                  "items": {
                    "types": [
                      "string"
                    ]
                  }
                },
                "max_tokens": {
                  "types": [
                    "integer"
                  ]
                },
                "presence_penalty": {
                  "types": [
                    "number"
                  ]
                },
                "frequency_penalty": {
                  "types": [
                    "number"
                  ]
                },
                "logit_bias": {
                  "types": [
                    "object"
                  ]
                },
                "user": {
                  "types": [
                    "string"
                  ]
                },
                "response_format": {
                  "types": [
                    "object"
                  ]
                },
                "seed": {
                  "types": [
                    "integer"
                  ]
                },
                "tools": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "object"
                    ]
                  }
                },
                "tool_choice": {
                  "types": [
                    "string",
                    "object"
                  ]
                }
              }
            }
          }
        ]
      },
      "stream": {
        "requestFlag": "stream",
        "status": "200",
        "mediaType": "text/event-stream",
        "events": [
          {
            "id": "chatcmpl-9pY3kqFvXw2LrT8bN1cHdE4sZaQm",
            "object": "chat.completion.chunk",
            "created": 1722067200,
            "model": "gpt-3.5-turbo-0125",
            "choices": [
              {
                "index": 0,
                "delta": {
                  "role": "assistant",
                  "content": ""
                },
                "finish_reason": null
              }
            ]
          },
          {
            "id": "chatcmpl-9pY3kqFvXw2LrT8bN1cHdE4sZaQm",
            "object": "chat.completion.chunk",
            "created": 1722067200,
            "model": "gpt-3.5-turbo-0125",
            "choices": [
              {
                "index": 0,
                "delta": {
                  "content": "This is"
                },
                "finish_reason": null
              }
            ]
          },
          {
            "id": "chatcmpl-9pY3kqFvXw2LrT8bN1cHdE4sZaQm",
            "object": "chat.completion.chunk",
            "created": 1722067200,
            "model": "gpt-3.5-turbo-0125",
            "choices": [
              {
                "index": 0,
                "delta": {
                  "content": " a test!"
                },
                "finish_reason": null
              }
            ]
          },
          {
            "id": "chatcmpl-9pY3kqFvXw2LrT8bN1cHdE4sZaQm",
            "object": "chat.completion.chunk",
            "created": 1722067200,
            "model": "gpt-3.5-turbo-0125",
            "choices": [
              {
                "index": 0,
                "delta": {},
                "finish_reason": "stop"
              }
            ]
          }
        ],
        "terminator": "[DONE]",
        "itemSchema": {
          "$ref": "#/$defs/ChatCompletionChunk"
        }
      },
      "errorShape": "createChatCompletion"
    },
    {
      "operationId": "createCompletion",
      "method": "post",
      "path": "/v1/completions",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "completion",
                  "value": {
                    "id": "cmpl-9pZ1bVx3QmT7sK2nR8wLcY4eHdAf",
                    "object": "text_completion",
                    "created": 1722070800,
                    "model": "gpt-3.5-turbo-instruct",
                    "choices": [
                      {
                        "text": "\\n\\nThis is indeed a test",
                        "index": 0,
                        "logprobs": null,
                        "finish_reason": "length"
                      }
                    ],
                    "usage": {
                      "prompt_tokens": 5,
                      "completion_tokens": 7,
                      "total_tokens": 12
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/Completion"
              }
            },
            {
              "mediaType": "text/event-stream",
              "kind": "event-stream",
              "examples": [
                {
                  "name": "stream",
                  "value": "data: {\\"id\\":\\"cmpl-9pZ1bVx3QmT7sK2nR8wLcY4eHdAf\\",\\"object\\":\\"text_completion\\",\\"created\\":1722070800,\\"model\\":\\"gpt-3.5-turbo-instruct\\",\\"choices\\":[{\\"text\\":\\"\\\\n\\\\nThis\\",\\"index\\":0,\\"logprobs\\":null,\\"finish_reason\\":null}]}\\n\\ndata: {\\"id\\":\\"cmpl-9pZ1bVx3QmT7sK2nR8wLcY4eHdAf\\",\\"object\\":\\"text_completion\\",\\"created\\":1722070800,\\"model\\":\\"gpt-3.5-turbo-instruct\\",\\"choices\\":[{\\"text\\":\\" is a test\\",\\"index\\":0,\\"logprobs\\":null,\\"finish_reason\\":null}]}\\n\\ndata: {\\"id\\":\\"cmpl-9pZ1bVx3QmT7sK2nR8wLcY4eHdAf\\",\\"object\\":\\"text_completion\\",\\"created\\":1722070800,\\"model\\":\\"gpt-3.5-turbo-instruct\\",\\"choices\\":[{\\"text\\":\\".\\",\\"index\\":0,\\"logprobs\\":null,\\"finish_reason\\":\\"stop\\"}]}\\n\\ndata: [DONE]\\n\\n"
                }
              ],
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "'messages' is a required property",
                      "type": "invalid_request_error",
                      "param": "messages",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "model-not-found",
                  "value": {
                    "error": {
                      "message": "The model \`gpt-5-ultra\` does not exist or you do not have access to it.",
                      "type": "invalid_request_error",
                      "param": "model",
                      "code": "model_not_found"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 503",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "completion-basic",
                "value": {
                  "model": "gpt-3.5-turbo-instruct",
                  "prompt": "Say this is a test",
                  "max_tokens": 7,
                  "temperature": 0
                }
              },
              {
                "name": "completion-flat-copy",
                "value": {
                  "model": "gpt-3.5-turbo-instruct",
                  "prompt": "Write a one-line tagline for a coffee shop.",
                  "max_tokens": 32,
                  "stream": true
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/CreateCompletionRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "model": {
                  "types": [
                    "string"
                  ]
                },
                "prompt": {
                  "types": [
                    "string",
                    "array"
                  ],
                  "items": {
                    "types": [
                      "string"
                    ]
                  }
                },
                "suffix": {
                  "types": [
                    "string"
                  ]
                },
                "max_tokens": {
                  "types": [
                    "integer"
                  ]
                },
                "temperature": {
                  "types": [
                    "number"
                  ]
                },
                "top_p": {
                  "types": [
                    "number"
                  ]
                },
                "n": {
                  "types": [
                    "integer"
                  ]
                },
                "stream": {
                  "types": [
                    "boolean"
                  ]
                },
                "logprobs": {
                  "types": [
                    "integer",
                    "null"
                  ]
                },
                "echo": {
                  "types": [
                    "boolean"
                  ]
                },
                "stop": {
                  "types": [
                    "string",
                    "array"
                  ],
                  "items": {
                    "types": [
                      "string"
                    ]
                  }
                },
                "presence_penalty": {
                  "types": [
                    "number"
                  ]
                },
                "frequency_penalty": {
                  "types": [
                    "number"
                  ]
                },
                "best_of": {
                  "types": [
                    "integer"
                  ]
                },
                "logit_bias": {
                  "types": [
                    "object"
                  ]
                },
                "user": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "stream": {
        "requestFlag": "stream",
        "status": "200",
        "mediaType": "text/event-stream",
        "events": [
          {
            "id": "cmpl-9pZ1bVx3QmT7sK2nR8wLcY4eHdAf",
            "object": "text_completion",
            "created": 1722070800,
            "model": "gpt-3.5-turbo-instruct",
            "choices": [
              {
                "text": "\\n\\nThis",
                "index": 0,
                "logprobs": null,
                "finish_reason": null
              }
            ]
          },
          {
            "id": "cmpl-9pZ1bVx3QmT7sK2nR8wLcY4eHdAf",
            "object": "text_completion",
            "created": 1722070800,
            "model": "gpt-3.5-turbo-instruct",
            "choices": [
              {
                "text": " is a test",
                "index": 0,
                "logprobs": null,
                "finish_reason": null
              }
            ]
          },
          {
            "id": "cmpl-9pZ1bVx3QmT7sK2nR8wLcY4eHdAf",
            "object": "text_completion",
            "created": 1722070800,
            "model": "gpt-3.5-turbo-instruct",
            "choices": [
              {
                "text": ".",
                "index": 0,
                "logprobs": null,
                "finish_reason": "stop"
              }
            ]
          }
        ],
        "terminator": "[DONE]",
        "itemSchema": {
          "$ref": "#/$defs/CompletionChunk"
        }
      },
      "errorShape": "createCompletion"
    },
    {
      "operationId": "createEmbedding",
      "method": "post",
      "path": "/v1/embeddings",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "vectors",
                  "value": {
                    "object": "list",
                    "data": [
                      {
                        "object": "embedding",
                        "index": 0,
                        "embedding": [
                          0.0023064255,
                          -0.009327292,
                          0.015797347,
                          -0.0077780345
                        ]
                      },
                      {
                        "object": "embedding",
                        "index": 1,
                        "embedding": [
                          0.0019203867,
                          -0.008910341,
                          0.016012259,
                          -0.0080221537
                        ]
                      }
                    ],
                    "model": "text-embedding-3-small",
                    "usage": {
                      "prompt_tokens": 12,
                      "total_tokens": 12
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/CreateEmbeddingResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "'messages' is a required property",
                      "type": "invalid_request_error",
                      "param": "messages",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "model-not-found",
                  "value": {
                    "error": {
                      "message": "The model \`gpt-5-ultra\` does not exist or you do not have access to it.",
                      "type": "invalid_request_error",
                      "param": "model",
                      "code": "model_not_found"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 503",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "single-text",
                "value": {
                  "model": "text-embedding-ada-002",
                  "input": "The food was delicious and the waiter was friendly."
                }
              },
              {
                "name": "batch-small",
                "value": {
                  "model": "text-embedding-3-small",
                  "input": [
                    "如何申请退款?",
                    "How do I get a refund?"
                  ],
                  "dimensions": 4
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/CreateEmbeddingRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "input": {
                  "types": [
                    "string",
                    "array"
                  ],
                  "items": {
                    "types": [
                      "string"
                    ]
                  }
                },
                "model": {
                  "types": [
                    "string"
                  ]
                },
                "encoding_format": {
                  "types": [
                    "string"
                  ]
                },
                "dimensions": {
                  "types": [
                    "integer"
                  ]
                },
                "user": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "createEmbedding"
    },
    {
      "operationId": "createTranscription",
      "method": "post",
      "path": "/v1/audio/transcriptions",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "json",
                  "value": {
                    "text": "今天的会议主要讨论下个季度的产品计划。"
                  }
                },
                {
                  "name": "verbose-json",
                  "value": {
                    "task": "transcribe",
                    "language": "english",
                    "duration": 3.42,
                    "text": "Thanks for joining us today.",
                    "segments": [
                      {
                        "id": 0,
                        "seek": 0,
                        "start": 0,
                        "end": 3.42,
                        "text": "Thanks for joining us today.",
                        "tokens": [
                          50364,
                          2561,
                          337,
                          5549,
                          505,
                          965,
                          13,
                          50535
                        ],
                        "temperature": 0,
                        "avg_logprob": -0.2274,
                        "compression_ratio": 0.8718,
                        "no_speech_prob": 0.0051
                      }
                    ],
                    "words": [
                      {
                        "word": "Thanks",
                        "start": 0,
                        "end": 0.46
                      },
                      {
                        "word": "for",
                        "start": 0.46,
                        "end": 0.68
                      },
                      {
                        "word": "joining",
                        "start": 0.68,
                        "end": 1.12
                      },
                      {
                        "word": "us",
                        "start": 1.12,
                        "end": 1.3
                      },
                      {
                        "word": "today",
                        "start": 1.3,
                        "end": 1.92
                      }
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/AudioTranscriptionResult"
              }
            },
            {
              "mediaType": "text/plain",
              "kind": "text",
              "examples": [
                {
                  "name": "text",
                  "value": "今天的会议主要讨论下个季度的产品计划。\\n"
                },
                {
                  "name": "srt",
                  "value": "1\\n00:00:00,000 --> 00:00:03,420\\nThanks for joining us today.\\n\\n"
                },
                {
                  "name": "vtt",
                  "value": "WEBVTT\\n\\n00:00:00.000 --> 00:00:03.420\\nThanks for joining us today.\\n\\n"
                }
              ],
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "'messages' is a required property",
                      "type": "invalid_request_error",
                      "param": "messages",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "model-not-found",
                  "value": {
                    "error": {
                      "message": "The model \`gpt-5-ultra\` does not exist or you do not have access to it.",
                      "type": "invalid_request_error",
                      "param": "model",
                      "code": "model_not_found"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 503",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "transcribe-json",
                "value": {
                  "file": "meeting-2024-07-26.mp3",
                  "model": "whisper-1",
                  "language": "zh",
                  "response_format": "json"
                }
              },
              {
                "name": "transcribe-verbose",
                "value": {
                  "file": "interview.wav",
                  "model": "whisper-1",
                  "response_format": "verbose_json",
                  "timestamp_granularities[]": [
                    "word",
                    "segment"
                  ]
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/CreateTranscriptionRequest"
            },
            "encoding": {
              "file": "audio/*"
            },
            "check": {
              "allOf": [
                {
                  "$ref": "#/$defs/CreateTranscriptionRequest"
                },
                {
                  "properties": {
                    "file": {
                      "x-mock-part": [
                        "audio/*"
                      ]
                    }
                  }
                }
              ]
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "file": {
                  "types": [
                    "string"
                  ]
                },
                "model": {
                  "types": [
                    "string"
                  ]
                },
                "language": {
                  "types": [
                    "string"
                  ]
                },
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "response_format": {
                  "types": [
                    "string"
                  ]
                },
                "temperature": {
                  "types": [
                    "number"
                  ]
                },
                "timestamp_granularities[]": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "string"
                    ]
                  }
                }
              }
            }
          }
        ]
      },
      "errorShape": "createTranscription"
    },
    {
      "operationId": "createTranslation",
      "method": "post",
      "path": "/v1/audio/translations",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "json",
                  "value": {
                    "text": "Hello, nice to meet you. Welcome to Hangzhou."
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/AudioTranscriptionResult"
              }
            },
            {
              "mediaType": "text/plain",
              "kind": "text",
              "examples": [
                {
                  "name": "text",
                  "value": "Hello, nice to meet you. Welcome to Hangzhou.\\n"
                },
                {
                  "name": "srt",
                  "value": "1\\n00:00:00,000 --> 00:00:02,900\\nHello, nice to meet you. Welcome to Hangzhou.\\n\\n"
                }
              ],
              "schema": {
                "type": "string"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "'messages' is a required property",
                      "type": "invalid_request_error",
                      "param": "messages",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "model-not-found",
                  "value": {
                    "error": {
                      "message": "The model \`gpt-5-ultra\` does not exist or you do not have access to it.",
                      "type": "invalid_request_error",
                      "param": "model",
                      "code": "model_not_found"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 503",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "translate-json",
                "value": {
                  "file": "greeting-zh.m4a",
                  "model": "whisper-1",
                  "response_format": "json"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/CreateTranslationRequest"
            },
            "encoding": {
              "file": "audio/*"
            },
            "check": {
              "allOf": [
                {
                  "$ref": "#/$defs/CreateTranslationRequest"
                },
                {
                  "properties": {
                    "file": {
                      "x-mock-part": [
                        "audio/*"
                      ]
                    }
                  }
                }
              ]
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "file": {
                  "types": [
                    "string"
                  ]
                },
                "model": {
                  "types": [
                    "string"
                  ]
                },
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "response_format": {
                  "types": [
                    "string"
                  ]
                },
                "temperature": {
                  "types": [
                    "number"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "createTranslation"
    },
    {
      "operationId": "createSpeech",
      "method": "post",
      "path": "/v1/audio/speech",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "audio/mpeg",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "audio/mpeg",
                "base64": "//sYwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA//sYwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA//sYwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
              }
            },
            {
              "mediaType": "audio/opus",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "audio/opus",
                "base64": "T2dnUwACAAAAAAAAAABMRUhTAAAAAHek7RMBE09wdXNIZWFkAQE4AYC7AAAAAABPZ2dTAAQAAAAAAAAAAExFSFMBAAAAkpQgQAEUT3B1c1RhZ3MEAAAAbW9jawAAAAA="
              }
            },
            {
              "mediaType": "audio/aac",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "audio/aac",
                "base64": "//FsQAF//AAAAAc="
              }
            },
            {
              "mediaType": "audio/flac",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "audio/flac",
                "base64": "ZkxhQ4AAACIQABAAAAAAAAAAAfQA8AAAAAAAAAAAAAAAAAAAAAAAAAAA"
              }
            },
            {
              "mediaType": "audio/wav",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "audio/wav",
                "base64": "UklGRsQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
              }
            },
            {
              "mediaType": "audio/pcm",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "audio/pcm",
                "base64": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "'messages' is a required property",
                      "type": "invalid_request_error",
                      "param": "messages",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "model-not-found",
                  "value": {
                    "error": {
                      "message": "The model \`gpt-5-ultra\` does not exist or you do not have access to it.",
                      "type": "invalid_request_error",
                      "param": "model",
                      "code": "model_not_found"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 503",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "speak-mp3",
                "value": {
                  "model": "tts-1",
                  "input": "今天天气很好,我们去公园散步吧。",
                  "voice": "alloy"
                }
              },
              {
                "name": "speak-hd-opus",
                "value": {
                  "model": "tts-1-hd",
                  "input": "Your order has shipped and should arrive on Friday.",
                  "voice": "nova",
                  "response_format": "opus",
                  "speed": 1.1
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/CreateSpeechRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "model": {
                  "types": [
                    "string"
                  ]
                },
                "input": {
                  "types": [
                    "string"
                  ]
                },
                "voice": {
                  "types": [
                    "string"
                  ]
                },
                "response_format": {
                  "types": [
                    "string"
                  ]
                },
                "speed": {
                  "types": [
                    "number"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "createSpeech"
    },
    {
      "operationId": "createImage",
      "method": "post",
      "path": "/v1/images/generations",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "dall-e-3",
                  "value": {
                    "created": 1722074400,
                    "data": [
                      {
                        "url": "https://cdn.example.com/images/dalle3/img-5Kc8vQ2wXr.png",
                        "revised_prompt": "A watercolor painting of a white Siamese cat with blue eyes sitting calmly on a stack of worn, leather-bound books."
                      }
                    ]
                  }
                },
                {
                  "name": "flux",
                  "value": {
                    "created": 1722074460,
                    "data": [
                      {
                        "url": "https://cdn.example.com/images/flux/3f9a1c2e-fox.png"
                      }
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ImagesResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "'messages' is a required property",
                      "type": "invalid_request_error",
                      "param": "messages",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "model-not-found",
                  "value": {
                    "error": {
                      "message": "The model \`gpt-5-ultra\` does not exist or you do not have access to it.",
                      "type": "invalid_request_error",
                      "param": "model",
                      "code": "model_not_found"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 503",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/ErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "flux-dall-e-format",
                "value": {
                  "model": "flux-dev",
                  "prompt": "a red fox sitting in fresh snow, morning light, photorealistic",
                  "size": "1024x768",
                  "n": 1
                }
              },
              {
                "name": "recraft-dall-e-format",
                "value": {
                  "model": "recraftv3",
                  "prompt": "a minimalist logo of a paper boat, flat colours",
                  "size": "1024x1024",
                  "style": "vector_illustration",
                  "response_format": "url"
                }
              },
              {
                "name": "dall-e-3",
                "value": {
                  "model": "dall-e-3",
                  "prompt": "A white siamese cat sitting on a stack of old books, watercolor",
                  "n": 1,
                  "size": "1024x1024",
                  "quality": "hd",
                  "style": "vivid"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/CreateImageRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "model": {
                  "types": [
                    "string"
                  ]
                },
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "n": {
                  "types": [
                    "integer"
                  ]
                },
                "size": {
                  "types": [
                    "string"
                  ]
                },
                "quality": {
                  "types": [
                    "string"
                  ]
                },
                "style": {
                  "types": [
                    "string"
                  ]
                },
                "response_format": {
                  "types": [
                    "string"
                  ]
                },
                "user": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "createImage"
    },
    {
      "operationId": "mjSubmitSwapFace",
      "method": "post",
      "path": "/mj/insight-face/swap",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "submitted",
                  "value": {
                    "code": 1,
                    "description": "Submit success",
                    "result": "1730625012245871",
                    "properties": {
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queued",
                  "value": {
                    "code": 22,
                    "description": "排队中,前面还有1个任务",
                    "result": "1730625012245871",
                    "properties": {
                      "numberOfQueues": 1,
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queue-full",
                  "value": {
                    "code": 23,
                    "description": "队列已满,请稍后尝试",
                    "result": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjSubmitResult"
              },
              "messageAt": "/description"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [
        {
          "name": "notifyHook",
          "expression": "{$request.body#/notifyHook}",
          "method": "post"
        }
      ],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "swap-face",
                "value": {
                  "sourceBase64": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
                  "targetBase64": "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==",
                  "notifyHook": "https://hooks.example.com/mj/callback",
                  "state": "user-4711"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/MjSwapFaceRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "sourceBase64": {
                  "types": [
                    "string"
                  ]
                },
                "targetBase64": {
                  "types": [
                    "string"
                  ]
                },
                "accountFilter": {
                  "types": [
                    "object"
                  ]
                },
                "notifyHook": {
                  "types": [
                    "string"
                  ]
                },
                "state": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "midjourney",
        "idPointer": "/result",
        "pollOperationId": "mjFetchTask"
      },
      "errorShape": "mjSubmitSwapFace"
    },
    {
      "operationId": "mjSubmitAction",
      "method": "post",
      "path": "/mj/submit/action",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "submitted",
                  "value": {
                    "code": 1,
                    "description": "Submit success",
                    "result": "1730621802217765",
                    "properties": {
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queued",
                  "value": {
                    "code": 22,
                    "description": "排队中,前面还有1个任务",
                    "result": "1730621802217765",
                    "properties": {
                      "numberOfQueues": 1,
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queue-full",
                  "value": {
                    "code": 23,
                    "description": "队列已满,请稍后尝试",
                    "result": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjSubmitResult"
              },
              "messageAt": "/description"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [
        {
          "name": "notifyHook",
          "expression": "{$request.body#/notifyHook}",
          "method": "post"
        }
      ],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "upscale-u1",
                "value": {
                  "customId": "MJ::JOB::upsample::1::8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01",
                  "taskId": "1730621718151844",
                  "notifyHook": "https://hooks.example.com/mj/callback"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/MjActionRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "customId": {
                  "types": [
                    "string"
                  ]
                },
                "taskId": {
                  "types": [
                    "string"
                  ]
                },
                "chooseSameChannel": {
                  "types": [
                    "boolean"
                  ]
                },
                "accountFilter": {
                  "types": [
                    "object"
                  ]
                },
                "notifyHook": {
                  "types": [
                    "string"
                  ]
                },
                "state": {
                  "types": [
                    "string"
                  ]
                },
                "mode": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "midjourney",
        "idPointer": "/result",
        "pollOperationId": "mjFetchTask"
      },
      "errorShape": "mjSubmitAction"
    },
    {
      "operationId": "mjSubmitBlend",
      "method": "post",
      "path": "/mj/submit/blend",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "submitted",
                  "value": {
                    "code": 1,
                    "description": "Submit success",
                    "result": "1730622031458870",
                    "properties": {
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queued",
                  "value": {
                    "code": 22,
                    "description": "排队中,前面还有1个任务",
                    "result": "1730622031458870",
                    "properties": {
                      "numberOfQueues": 1,
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queue-full",
                  "value": {
                    "code": 23,
                    "description": "队列已满,请稍后尝试",
                    "result": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjSubmitResult"
              },
              "messageAt": "/description"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [
        {
          "name": "notifyHook",
          "expression": "{$request.body#/notifyHook}",
          "method": "post"
        }
      ],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "blend-two",
                "value": {
                  "base64Array": [
                    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
                    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
                  ],
                  "dimensions": "SQUARE",
                  "botType": "MID_JOURNEY"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/MjBlendRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "base64Array": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "string"
                    ]
                  }
                },
                "dimensions": {
                  "types": [
                    "string"
                  ]
                },
                "botType": {
                  "types": [
                    "string"
                  ]
                },
                "accountFilter": {
                  "types": [
                    "object"
                  ]
                },
                "notifyHook": {
                  "types": [
                    "string"
                  ]
                },
                "state": {
                  "types": [
                    "string"
                  ]
                },
                "mode": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "midjourney",
        "idPointer": "/result",
        "pollOperationId": "mjFetchTask"
      },
      "errorShape": "mjSubmitBlend"
    },
    {
      "operationId": "mjSubmitDescribe",
      "method": "post",
      "path": "/mj/submit/describe",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "submitted",
                  "value": {
                    "code": 1,
                    "description": "Submit success",
                    "result": "1730622140063514",
                    "properties": {
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queued",
                  "value": {
                    "code": 22,
                    "description": "排队中,前面还有1个任务",
                    "result": "1730622140063514",
                    "properties": {
                      "numberOfQueues": 1,
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queue-full",
                  "value": {
                    "code": 23,
                    "description": "队列已满,请稍后尝试",
                    "result": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjSubmitResult"
              },
              "messageAt": "/description"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [
        {
          "name": "notifyHook",
          "expression": "{$request.body#/notifyHook}",
          "method": "post"
        }
      ],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "describe",
                "value": {
                  "base64": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
                  "botType": "MID_JOURNEY"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/MjDescribeRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "base64": {
                  "types": [
                    "string"
                  ]
                },
                "botType": {
                  "types": [
                    "string"
                  ]
                },
                "accountFilter": {
                  "types": [
                    "object"
                  ]
                },
                "notifyHook": {
                  "types": [
                    "string"
                  ]
                },
                "state": {
                  "types": [
                    "string"
                  ]
                },
                "mode": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "midjourney",
        "idPointer": "/result",
        "pollOperationId": "mjFetchTask"
      },
      "errorShape": "mjSubmitDescribe"
    },
    {
      "operationId": "mjSubmitImagine",
      "method": "post",
      "path": "/mj/submit/imagine",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "submitted",
                  "value": {
                    "code": 1,
                    "description": "Submit success",
                    "result": "1730621718151844",
                    "properties": {
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queued",
                  "value": {
                    "code": 22,
                    "description": "排队中,前面还有1个任务",
                    "result": "1730621718151844",
                    "properties": {
                      "numberOfQueues": 1,
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "banned-word",
                  "value": {
                    "code": 24,
                    "description": "可能包含敏感词",
                    "properties": {
                      "promptEn": "a bloody battle scene",
                      "bannedWord": "bloody"
                    }
                  }
                },
                {
                  "name": "queue-full",
                  "value": {
                    "code": 23,
                    "description": "队列已满,请稍后尝试",
                    "result": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjSubmitResult"
              },
              "messageAt": "/description"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [
        {
          "name": "notifyHook",
          "expression": "{$request.body#/notifyHook}",
          "method": "post"
        }
      ],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "imagine",
                "value": {
                  "prompt": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
                  "botType": "MID_JOURNEY",
                  "notifyHook": "https://hooks.example.com/mj/callback",
                  "state": "order-20241103-0042"
                }
              },
              {
                "name": "imagine-with-reference-relax",
                "value": {
                  "prompt": "the same cat as an astronaut, cinematic lighting --ar 3:4",
                  "base64Array": [
                    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
                  ],
                  "mode": "relax"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/MjImagineRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "botType": {
                  "types": [
                    "string"
                  ]
                },
                "base64Array": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "string"
                    ]
                  }
                },
                "accountFilter": {
                  "types": [
                    "object"
                  ]
                },
                "notifyHook": {
                  "types": [
                    "string"
                  ]
                },
                "state": {
                  "types": [
                    "string"
                  ]
                },
                "mode": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "midjourney",
        "idPointer": "/result",
        "pollOperationId": "mjFetchTask"
      },
      "errorShape": "mjSubmitImagine"
    },
    {
      "operationId": "mjSubmitModal",
      "method": "post",
      "path": "/mj/submit/modal",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "submitted",
                  "value": {
                    "code": 1,
                    "description": "Submit success",
                    "result": "1730622419902231",
                    "properties": {
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queued",
                  "value": {
                    "code": 22,
                    "description": "排队中,前面还有1个任务",
                    "result": "1730622419902231",
                    "properties": {
                      "numberOfQueues": 1,
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queue-full",
                  "value": {
                    "code": 23,
                    "description": "队列已满,请稍后尝试",
                    "result": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjSubmitResult"
              },
              "messageAt": "/description"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [
        {
          "name": "notifyHook",
          "expression": "{$request.body#/notifyHook}",
          "method": "post"
        }
      ],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "vary-region",
                "value": {
                  "taskId": "1730622355812093",
                  "prompt": "a red paper lantern hanging from the branch",
                  "maskBase64": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/MjModalRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "taskId": {
                  "types": [
                    "string"
                  ]
                },
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "maskBase64": {
                  "types": [
                    "string"
                  ]
                },
                "notifyHook": {
                  "types": [
                    "string"
                  ]
                },
                "state": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "midjourney",
        "idPointer": "/result",
        "pollOperationId": "mjFetchTask"
      },
      "errorShape": "mjSubmitModal"
    },
    {
      "operationId": "mjSubmitShorten",
      "method": "post",
      "path": "/mj/submit/shorten",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "submitted",
                  "value": {
                    "code": 1,
                    "description": "Submit success",
                    "result": "1730622588310467",
                    "properties": {
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queued",
                  "value": {
                    "code": 22,
                    "description": "排队中,前面还有1个任务",
                    "result": "1730622588310467",
                    "properties": {
                      "numberOfQueues": 1,
                      "discordChannelId": "1124682154326315080",
                      "discordInstanceId": "1124682154326315080"
                    }
                  }
                },
                {
                  "name": "queue-full",
                  "value": {
                    "code": 23,
                    "description": "队列已满,请稍后尝试",
                    "result": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjSubmitResult"
              },
              "messageAt": "/description"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [
        {
          "name": "notifyHook",
          "expression": "{$request.body#/notifyHook}",
          "method": "post"
        }
      ],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "shorten",
                "value": {
                  "prompt": "a very beautiful and highly detailed photograph of an old lighthouse standing on a rocky cliff above a stormy sea at sunset with dramatic clouds",
                  "botType": "MID_JOURNEY"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/MjShortenRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "botType": {
                  "types": [
                    "string"
                  ]
                },
                "accountFilter": {
                  "types": [
                    "object"
                  ]
                },
                "notifyHook": {
                  "types": [
                    "string"
                  ]
                },
                "state": {
                  "types": [
                    "string"
                  ]
                },
                "mode": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "midjourney",
        "idPointer": "/result",
        "pollOperationId": "mjFetchTask"
      },
      "errorShape": "mjSubmitShorten"
    },
    {
      "operationId": "mjListTasks",
      "method": "get",
      "path": "/mj/task/list",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "tasks",
                  "value": [
                    {
                      "id": "1730621718151844",
                      "action": "IMAGINE",
                      "prompt": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
                      "promptEn": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
                      "description": "Submit success",
                      "submitTime": 1730621718151,
                      "startTime": 1730621721504,
                      "finishTime": 1730621779863,
                      "imageUrl": "https://cdn.example.com/mj/attachments/1730621718151844/grid_0.png",
                      "status": "SUCCESS",
                      "progress": "100%",
                      "failReason": null
                    },
                    {
                      "id": "1730622031458870",
                      "action": "BLEND",
                      "prompt": "",
                      "description": "Submit success",
                      "submitTime": 1730622031458,
                      "startTime": 1730622034120,
                      "imageUrl": "https://cdn.example.com/mj/attachments/1730622031458870/progress_45.webp",
                      "status": "IN_PROGRESS",
                      "progress": "45%",
                      "failReason": null
                    }
                  ]
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjTaskList"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "midjourney",
        "role": "list",
        "items": ""
      },
      "errorShape": "mjListTasks"
    },
    {
      "operationId": "mjListTasksByCondition",
      "method": "post",
      "path": "/mj/task/list-by-condition",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "tasks",
                  "value": [
                    {
                      "id": "1730621718151844",
                      "action": "IMAGINE",
                      "prompt": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
                      "promptEn": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
                      "description": "Submit success",
                      "submitTime": 1730621718151,
                      "startTime": 1730621721504,
                      "finishTime": 1730621779863,
                      "imageUrl": "https://cdn.example.com/mj/attachments/1730621718151844/grid_0.png",
                      "status": "SUCCESS",
                      "progress": "100%",
                      "failReason": null
                    },
                    {
                      "id": "1730622140063514",
                      "action": "DESCRIBE",
                      "prompt": "",
                      "description": "Submit success",
                      "submitTime": 1730622140063,
                      "startTime": 1730622142881,
                      "finishTime": 1730622151020,
                      "imageUrl": null,
                      "status": "FAILURE",
                      "progress": "0%",
                      "failReason": "Invalid image link or image too large"
                    }
                  ]
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjTaskList"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "two-ids",
                "value": {
                  "ids": [
                    "1730621718151844",
                    "1730622140063514"
                  ]
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/MjListByConditionRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "ids": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "string"
                    ]
                  }
                }
              }
            }
          }
        ]
      },
      "taskRole": {
        "family": "midjourney",
        "role": "list",
        "items": "",
        "ids": "/ids"
      },
      "errorShape": "mjListTasksByCondition"
    },
    {
      "operationId": "mjQueryTasks",
      "method": "post",
      "path": "/mj/task/query",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "page",
                  "value": {
                    "content": [
                      {
                        "id": "1730621718151844",
                        "action": "IMAGINE",
                        "prompt": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
                        "promptEn": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
                        "description": "Submit success",
                        "submitTime": 1730621718151,
                        "startTime": 1730621721504,
                        "finishTime": 1730621779863,
                        "imageUrl": "https://cdn.example.com/mj/attachments/1730621718151844/grid_0.png",
                        "status": "SUCCESS",
                        "progress": "100%",
                        "failReason": null
                      }
                    ],
                    "empty": false,
                    "first": true,
                    "last": true,
                    "number": 0,
                    "numberOfElements": 1,
                    "pageable": {
                      "offset": 0,
                      "pageNumber": 0,
                      "pageSize": 10,
                      "paged": true,
                      "unpaged": false,
                      "sort": {
                        "empty": false,
                        "sorted": true,
                        "unsorted": false
                      }
                    },
                    "size": 10,
                    "sort": {
                      "empty": false,
                      "sorted": true,
                      "unsorted": false
                    },
                    "totalElements": 1,
                    "totalPages": 1
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjTaskPage"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "latest-succeeded",
                "value": {
                  "pageNumber": 0,
                  "pageSize": 10,
                  "sort": "id,desc",
                  "action": "IMAGINE",
                  "status": "SUCCESS"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/MjQueryRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "pageNumber": {
                  "types": [
                    "integer"
                  ]
                },
                "pageSize": {
                  "types": [
                    "integer"
                  ]
                },
                "sort": {
                  "types": [
                    "string"
                  ]
                },
                "action": {
                  "types": [
                    "string"
                  ]
                },
                "description": {
                  "types": [
                    "string"
                  ]
                },
                "ids": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "string"
                    ]
                  }
                },
                "instanceId": {
                  "types": [
                    "string"
                  ]
                },
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "promptEn": {
                  "types": [
                    "string"
                  ]
                },
                "state": {
                  "types": [
                    "string"
                  ]
                },
                "status": {
                  "types": [
                    "string"
                  ]
                },
                "statusSet": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "string"
                    ]
                  }
                }
              }
            }
          }
        ]
      },
      "taskRole": {
        "family": "midjourney",
        "role": "list",
        "items": "/content"
      },
      "paging": {
        "style": "page",
        "param": {
          "in": "body",
          "name": "pageNumber"
        },
        "firstPage": 0,
        "items": "/content",
        "size": {
          "in": "body",
          "name": "pageSize"
        },
        "last": "/last",
        "defaultSize": 10
      },
      "errorShape": "mjQueryTasks"
    },
    {
      "operationId": "mjListQueue",
      "method": "get",
      "path": "/mj/task/queue",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "busy",
                  "value": [
                    {
                      "id": "1730622588310467",
                      "action": "SHORTEN",
                      "prompt": "a very beautiful and highly detailed photograph of an old lighthouse standing on a rocky cliff above a stormy sea at sunset with dramatic clouds",
                      "description": "排队中,前面还有1个任务",
                      "submitTime": 1730622588310,
                      "status": "SUBMITTED",
                      "progress": "0%"
                    }
                  ]
                },
                {
                  "name": "idle",
                  "value": []
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjTaskList"
              }
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "midjourney",
        "role": "list",
        "items": ""
      },
      "errorShape": "mjListQueue"
    },
    {
      "operationId": "mjCancelTask",
      "method": "post",
      "path": "/mj/task/{id}/cancel",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "cancelled",
                  "value": {
                    "code": 1,
                    "description": "成功",
                    "result": "1730622588310467"
                  }
                },
                {
                  "name": "already-finished",
                  "value": {
                    "code": 4,
                    "description": "任务状态不允许取消",
                    "result": "1730621718151844"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjSubmitResult"
              },
              "messageAt": "/description"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "midjourney",
        "role": "cancel",
        "input": {
          "in": "path",
          "name": "id"
        }
      },
      "errorShape": "mjCancelTask"
    },
    {
      "operationId": "mjFetchTask",
      "method": "get",
      "path": "/mj/task/{id}/fetch",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "succeeded",
                  "value": {
                    "id": "1730621718151844",
                    "action": "IMAGINE",
                    "botType": "MID_JOURNEY",
                    "prompt": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
                    "promptEn": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
                    "description": "Submit success",
                    "state": "order-20241103-0042",
                    "submitTime": 1730621718151,
                    "startTime": 1730621721504,
                    "finishTime": 1730621779863,
                    "imageUrl": "https://cdn.example.com/mj/attachments/1730621718151844/grid_0.png",
                    "imageWidth": 2912,
                    "imageHeight": 1632,
                    "status": "SUCCESS",
                    "progress": "100%",
                    "failReason": null,
                    "buttons": [
                      {
                        "customId": "MJ::JOB::upsample::1::8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01",
                        "emoji": "",
                        "label": "U1",
                        "type": 2,
                        "style": 2
                      },
                      {
                        "customId": "MJ::JOB::upsample::2::8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01",
                        "emoji": "",
                        "label": "U2",
                        "type": 2,
                        "style": 2
                      },
                      {
                        "customId": "MJ::JOB::reroll::0::8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01::SOLO",
                        "emoji": "🔄",
                        "label": "",
                        "type": 2,
                        "style": 2
                      },
                      {
                        "customId": "MJ::JOB::variation::1::8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01",
                        "emoji": "",
                        "label": "V1",
                        "type": 2,
                        "style": 2
                      }
                    ],
                    "properties": {
                      "finalPrompt": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
                      "notifyHook": "https://hooks.example.com/mj/callback",
                      "messageHash": "8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01"
                    }
                  }
                },
                {
                  "name": "in-progress",
                  "value": {
                    "id": "1730622031458870",
                    "action": "BLEND",
                    "botType": "MID_JOURNEY",
                    "prompt": "",
                    "description": "Submit success",
                    "submitTime": 1730622031458,
                    "startTime": 1730622034120,
                    "imageUrl": "https://cdn.example.com/mj/attachments/1730622031458870/progress_45.webp",
                    "status": "IN_PROGRESS",
                    "progress": "45%",
                    "failReason": null,
                    "buttons": []
                  }
                },
                {
                  "name": "failed",
                  "value": {
                    "id": "1730622140063514",
                    "action": "DESCRIBE",
                    "prompt": "",
                    "description": "Submit success",
                    "submitTime": 1730622140063,
                    "startTime": 1730622142881,
                    "finishTime": 1730622151020,
                    "imageUrl": null,
                    "status": "FAILURE",
                    "progress": "0%",
                    "failReason": "Invalid image link or image too large",
                    "buttons": []
                  }
                },
                {
                  "name": "waiting-for-modal",
                  "value": {
                    "id": "1730622355812093",
                    "action": "VARIATION",
                    "prompt": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
                    "description": "Waiting for window confirm",
                    "submitTime": 1730622355812,
                    "startTime": 1730622356990,
                    "status": "MODAL",
                    "progress": "0%",
                    "failReason": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjTask"
              },
              "messageAt": "/description"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "midjourney",
        "role": "poll",
        "input": {
          "in": "path",
          "name": "id"
        }
      },
      "errorShape": "mjFetchTask",
      "pollTemplate": {
        "base": {
          "id": "1730621718151844",
          "action": "IMAGINE",
          "botType": "MID_JOURNEY",
          "prompt": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
          "promptEn": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
          "description": "Submit success",
          "state": "order-20241103-0042",
          "submitTime": 1730621718151,
          "startTime": 1730621721504,
          "finishTime": 1730621779863,
          "imageUrl": null,
          "imageWidth": 2912,
          "imageHeight": 1632,
          "status": "NOT_START",
          "progress": "100%",
          "failReason": null,
          "buttons": [
            {
              "customId": "MJ::JOB::upsample::1::8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01",
              "emoji": "",
              "label": "U1",
              "type": 2,
              "style": 2
            },
            {
              "customId": "MJ::JOB::upsample::2::8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01",
              "emoji": "",
              "label": "U2",
              "type": 2,
              "style": 2
            },
            {
              "customId": "MJ::JOB::reroll::0::8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01::SOLO",
              "emoji": "🔄",
              "label": "",
              "type": 2,
              "style": 2
            },
            {
              "customId": "MJ::JOB::variation::1::8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01",
              "emoji": "",
              "label": "V1",
              "type": 2,
              "style": 2
            }
          ],
          "properties": {
            "finalPrompt": "a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0",
            "notifyHook": "https://hooks.example.com/mj/callback",
            "messageHash": "8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01"
          }
        },
        "results": [
          {
            "pointer": "/imageUrl",
            "value": "https://cdn.example.com/mj/attachments/1730621718151844/grid_0.png"
          }
        ],
        "errors": {
          "succeeded": null,
          "failed": "Invalid image link or image too large"
        },
        "properties": [
          "id",
          "action",
          "customId",
          "botType",
          "prompt",
          "promptEn",
          "description",
          "state",
          "submitTime",
          "startTime",
          "finishTime",
          "imageUrl",
          "imageWidth",
          "imageHeight",
          "status",
          "progress",
          "failReason",
          "buttons",
          "maskBase64",
          "properties"
        ]
      }
    },
    {
      "operationId": "mjGetImageSeed",
      "method": "get",
      "path": "/mj/task/{id}/image-seed",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "seed",
                  "value": {
                    "code": 1,
                    "description": "成功",
                    "result": "2718281828"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/MjImageSeedResult"
              },
              "messageAt": "/description"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "errorShape": "mjGetImageSeed"
    },
    {
      "operationId": "sunoV30CreateMusic",
      "method": "post",
      "path": "/suno/v1/v3.0/music",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "accepted",
                  "value": {
                    "code": 200,
                    "data": {
                      "task_id": "6f0e3c2a-9b1d-4c8e-8a47-2d5f1e9b7c31"
                    },
                    "message": "success"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/SunoSubmitResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "custom-lyrics",
                "value": {
                  "custom_mode": true,
                  "mv": "chirp-v3-0",
                  "input": {
                    "prompt": "[Verse]\\nCity lights in the pouring rain\\n[Chorus]\\nNeon rain, wash away my pain",
                    "title": "Neon Rain",
                    "tags": "synthwave, female vocals"
                  }
                }
              },
              {
                "name": "description-mode",
                "value": {
                  "custom_mode": false,
                  "mv": "chirp-v3-0",
                  "input": {
                    "gpt_description_prompt": "an upbeat folk song about a road trip along the coast",
                    "make_instrumental": false
                  }
                }
              },
              {
                "name": "extend-clip",
                "value": {
                  "custom_mode": true,
                  "mv": "chirp-v3-0",
                  "input": {
                    "prompt": "[Bridge]\\nThrough the neon haze I find my way",
                    "tags": "synthwave, female vocals",
                    "continue_clip_id": "56ea8da3-8507-4118-9f1e-111111111111",
                    "continue_at": 100
                  }
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/SunoGenerateRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "custom_mode": {
                  "types": [
                    "boolean"
                  ]
                },
                "mv": {
                  "types": [
                    "string"
                  ]
                },
                "input": {
                  "types": [
                    "object"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "suno-v30",
        "idPointer": "/data/task_id",
        "pollOperationId": "sunoV30GetMusic"
      },
      "errorShape": "sunoV30CreateMusic"
    },
    {
      "operationId": "sunoV30GetMusic",
      "method": "get",
      "path": "/suno/v1/v3.0/music/{task_id}",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "task_id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "completed",
                  "value": {
                    "code": 200,
                    "data": {
                      "task_id": "6f0e3c2a-9b1d-4c8e-8a47-2d5f1e9b7c31",
                      "status": "completed",
                      "input": "{\\"custom_mode\\":true,\\"mv\\":\\"chirp-v3-0\\",\\"input\\":{\\"title\\":\\"Neon Rain\\",\\"tags\\":\\"synthwave, female vocals\\"}}",
                      "clips": {
                        "56ea8da3-8507-4118-9f1e-111111111111": {
                          "id": "56ea8da3-8507-4118-9f1e-111111111111",
                          "title": "Neon Rain",
                          "status": "complete",
                          "audio_url": "https://cdn.example.com/suno/56ea8da3-8507-4118-9f1e-111111111111.mp3",
                          "video_url": "https://cdn.example.com/suno/56ea8da3-8507-4118-9f1e-111111111111.mp4",
                          "image_url": "https://cdn.example.com/suno/image_56ea8da3-8507-4118-9f1e-111111111111.jpeg",
                          "image_large_url": "https://cdn.example.com/suno/image_large_56ea8da3-8507-4118-9f1e-111111111111.jpeg",
                          "model_name": "chirp-v3",
                          "major_model_version": "v3",
                          "created_at": "2024-07-27T08:15:02.114Z",
                          "is_video_pending": false,
                          "metadata": {
                            "tags": "synthwave, female vocals",
                            "prompt": "[Verse]\\nCity lights in the pouring rain\\n[Chorus]\\nNeon rain, wash away my pain",
                            "duration": 118.6,
                            "type": "gen",
                            "error_type": null,
                            "error_message": null
                          }
                        },
                        "9d41c7b2-3e6f-4a18-b5d0-222222222222": {
                          "id": "9d41c7b2-3e6f-4a18-b5d0-222222222222",
                          "title": "Neon Rain",
                          "status": "complete",
                          "audio_url": "https://cdn.example.com/suno/9d41c7b2-3e6f-4a18-b5d0-222222222222.mp3",
                          "video_url": "https://cdn.example.com/suno/9d41c7b2-3e6f-4a18-b5d0-222222222222.mp4",
                          "image_url": "https://cdn.example.com/suno/image_9d41c7b2-3e6f-4a18-b5d0-222222222222.jpeg",
                          "image_large_url": "https://cdn.example.com/suno/image_large_9d41c7b2-3e6f-4a18-b5d0-222222222222.jpeg",
                          "model_name": "chirp-v3",
                          "major_model_version": "v3",
                          "created_at": "2024-07-27T08:15:02.114Z",
                          "is_video_pending": false,
                          "metadata": {
                            "tags": "synthwave, female vocals",
                            "prompt": "[Verse]\\nCity lights in the pouring rain\\n[Chorus]\\nNeon rain, wash away my pain",
                            "duration": 121.3,
                            "type": "gen",
                            "error_type": null,
                            "error_message": null
                          }
                        }
                      }
                    },
                    "message": "success"
                  }
                },
                {
                  "name": "processing",
                  "value": {
                    "code": 200,
                    "data": {
                      "task_id": "6f0e3c2a-9b1d-4c8e-8a47-2d5f1e9b7c31",
                      "status": "processing",
                      "clips": {
                        "56ea8da3-8507-4118-9f1e-111111111111": {
                          "id": "56ea8da3-8507-4118-9f1e-111111111111",
                          "title": "Neon Rain",
                          "status": "streaming",
                          "audio_url": "https://cdn.example.com/suno/56ea8da3-8507-4118-9f1e-111111111111.mp3",
                          "video_url": null,
                          "model_name": "chirp-v3",
                          "is_video_pending": true
                        }
                      }
                    },
                    "message": "success"
                  }
                },
                {
                  "name": "failed",
                  "value": {
                    "code": 200,
                    "data": {
                      "task_id": "6f0e3c2a-9b1d-4c8e-8a47-2d5f1e9b7c31",
                      "status": "failed",
                      "clips": {
                        "56ea8da3-8507-4118-9f1e-111111111111": {
                          "id": "56ea8da3-8507-4118-9f1e-111111111111",
                          "status": "error",
                          "audio_url": null,
                          "model_name": "chirp-v3",
                          "metadata": {
                            "error_type": "moderation_failure",
                            "error_message": "The lyrics contain content that is not allowed."
                          }
                        }
                      }
                    },
                    "message": "success"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/SunoFetchResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "suno-v30",
        "role": "poll",
        "input": {
          "in": "path",
          "name": "task_id"
        }
      },
      "errorShape": "sunoV30GetMusic",
      "pollTemplate": {
        "base": {
          "code": 200,
          "data": {
            "task_id": "6f0e3c2a-9b1d-4c8e-8a47-2d5f1e9b7c31",
            "status": "pending",
            "input": "{\\"custom_mode\\":true,\\"mv\\":\\"chirp-v3-0\\",\\"input\\":{\\"title\\":\\"Neon Rain\\",\\"tags\\":\\"synthwave, female vocals\\"}}"
          },
          "message": "success"
        },
        "results": [
          {
            "pointer": "/data/clips",
            "value": {
              "56ea8da3-8507-4118-9f1e-111111111111": {
                "id": "56ea8da3-8507-4118-9f1e-111111111111",
                "title": "Neon Rain",
                "status": "complete",
                "audio_url": "https://cdn.example.com/suno/56ea8da3-8507-4118-9f1e-111111111111.mp3",
                "video_url": "https://cdn.example.com/suno/56ea8da3-8507-4118-9f1e-111111111111.mp4",
                "image_url": "https://cdn.example.com/suno/image_56ea8da3-8507-4118-9f1e-111111111111.jpeg",
                "image_large_url": "https://cdn.example.com/suno/image_large_56ea8da3-8507-4118-9f1e-111111111111.jpeg",
                "model_name": "chirp-v3",
                "major_model_version": "v3",
                "created_at": "2024-07-27T08:15:02.114Z",
                "is_video_pending": false,
                "metadata": {
                  "tags": "synthwave, female vocals",
                  "prompt": "[Verse]\\nCity lights in the pouring rain\\n[Chorus]\\nNeon rain, wash away my pain",
                  "duration": 118.6,
                  "type": "gen",
                  "error_type": null,
                  "error_message": null
                }
              },
              "9d41c7b2-3e6f-4a18-b5d0-222222222222": {
                "id": "9d41c7b2-3e6f-4a18-b5d0-222222222222",
                "title": "Neon Rain",
                "status": "complete",
                "audio_url": "https://cdn.example.com/suno/9d41c7b2-3e6f-4a18-b5d0-222222222222.mp3",
                "video_url": "https://cdn.example.com/suno/9d41c7b2-3e6f-4a18-b5d0-222222222222.mp4",
                "image_url": "https://cdn.example.com/suno/image_9d41c7b2-3e6f-4a18-b5d0-222222222222.jpeg",
                "image_large_url": "https://cdn.example.com/suno/image_large_9d41c7b2-3e6f-4a18-b5d0-222222222222.jpeg",
                "model_name": "chirp-v3",
                "major_model_version": "v3",
                "created_at": "2024-07-27T08:15:02.114Z",
                "is_video_pending": false,
                "metadata": {
                  "tags": "synthwave, female vocals",
                  "prompt": "[Verse]\\nCity lights in the pouring rain\\n[Chorus]\\nNeon rain, wash away my pain",
                  "duration": 121.3,
                  "type": "gen",
                  "error_type": null,
                  "error_message": null
                }
              }
            }
          }
        ],
        "errors": {},
        "properties": [
          "code",
          "data",
          "message"
        ]
      }
    },
    {
      "operationId": "sunoV30ConcatMusic",
      "method": "post",
      "path": "/suno/v1/v3.0/music/concat",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "accepted",
                  "value": {
                    "code": 200,
                    "data": {
                      "task_id": "e3a1f9c7-2b4d-4f60-8c19-5a7e3d2b1c90"
                    },
                    "message": "success"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/SunoSubmitResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "concat",
                "value": {
                  "clip_id": "56ea8da3-8507-4118-9f1e-111111111111"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/SunoConcatRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "clip_id": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "suno-v30",
        "idPointer": "/data/task_id",
        "pollOperationId": "sunoV30GetMusic"
      },
      "errorShape": "sunoV30ConcatMusic"
    },
    {
      "operationId": "sunoV35CreateMusic",
      "method": "post",
      "path": "/suno/v1/music",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "accepted",
                  "value": {
                    "code": 200,
                    "data": {
                      "task_id": "b7d2e4f1-3a5c-4e9b-8f12-7c6a5d4e3b21"
                    },
                    "message": "success"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/SunoSubmitResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "custom-lyrics",
                "value": {
                  "custom_mode": true,
                  "mv": "chirp-v3-5",
                  "input": {
                    "prompt": "[Verse]\\nCity lights in the pouring rain\\n[Chorus]\\nNeon rain, wash away my pain",
                    "title": "Neon Rain",
                    "tags": "synthwave, female vocals"
                  }
                }
              },
              {
                "name": "instrumental",
                "value": {
                  "custom_mode": false,
                  "mv": "chirp-v3-5",
                  "input": {
                    "gpt_description_prompt": "calm lo-fi beat for studying, rain sounds",
                    "make_instrumental": true
                  }
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/SunoGenerateRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "custom_mode": {
                  "types": [
                    "boolean"
                  ]
                },
                "mv": {
                  "types": [
                    "string"
                  ]
                },
                "input": {
                  "types": [
                    "object"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "suno-v35",
        "idPointer": "/data/task_id",
        "pollOperationId": "sunoV35GetMusic"
      },
      "errorShape": "sunoV35CreateMusic"
    },
    {
      "operationId": "sunoV35GetMusic",
      "method": "get",
      "path": "/suno/v1/music/{task_id}",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "task_id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "completed",
                  "value": {
                    "code": 200,
                    "data": {
                      "task_id": "b7d2e4f1-3a5c-4e9b-8f12-7c6a5d4e3b21",
                      "status": "completed",
                      "input": "{\\"custom_mode\\":true,\\"mv\\":\\"chirp-v3-5\\",\\"input\\":{\\"title\\":\\"Neon Rain\\",\\"tags\\":\\"synthwave, female vocals\\"}}",
                      "clips": {
                        "0c8f2e61-7a4d-4b93-a1e5-333333333333": {
                          "id": "0c8f2e61-7a4d-4b93-a1e5-333333333333",
                          "title": "Neon Rain",
                          "status": "complete",
                          "audio_url": "https://cdn.example.com/suno/0c8f2e61-7a4d-4b93-a1e5-333333333333.mp3",
                          "video_url": "https://cdn.example.com/suno/0c8f2e61-7a4d-4b93-a1e5-333333333333.mp4",
                          "image_url": "https://cdn.example.com/suno/image_0c8f2e61-7a4d-4b93-a1e5-333333333333.jpeg",
                          "image_large_url": "https://cdn.example.com/suno/image_large_0c8f2e61-7a4d-4b93-a1e5-333333333333.jpeg",
                          "model_name": "chirp-v3-5",
                          "major_model_version": "v3.5",
                          "created_at": "2024-07-27T08:15:02.114Z",
                          "is_video_pending": false,
                          "metadata": {
                            "tags": "synthwave, female vocals",
                            "prompt": "[Verse]\\nCity lights in the pouring rain\\n[Chorus]\\nNeon rain, wash away my pain",
                            "duration": 118.6,
                            "type": "gen",
                            "error_type": null,
                            "error_message": null
                          }
                        },
                        "e2b94d18-5c07-4f6a-9d3b-444444444444": {
                          "id": "e2b94d18-5c07-4f6a-9d3b-444444444444",
                          "title": "Neon Rain",
                          "status": "complete",
                          "audio_url": "https://cdn.example.com/suno/e2b94d18-5c07-4f6a-9d3b-444444444444.mp3",
                          "video_url": "https://cdn.example.com/suno/e2b94d18-5c07-4f6a-9d3b-444444444444.mp4",
                          "image_url": "https://cdn.example.com/suno/image_e2b94d18-5c07-4f6a-9d3b-444444444444.jpeg",
                          "image_large_url": "https://cdn.example.com/suno/image_large_e2b94d18-5c07-4f6a-9d3b-444444444444.jpeg",
                          "model_name": "chirp-v3-5",
                          "major_model_version": "v3.5",
                          "created_at": "2024-07-27T08:15:02.114Z",
                          "is_video_pending": false,
                          "metadata": {
                            "tags": "synthwave, female vocals",
                            "prompt": "[Verse]\\nCity lights in the pouring rain\\n[Chorus]\\nNeon rain, wash away my pain",
                            "duration": 121.3,
                            "type": "gen",
                            "error_type": null,
                            "error_message": null
                          }
                        }
                      }
                    },
                    "message": "success"
                  }
                },
                {
                  "name": "processing",
                  "value": {
                    "code": 200,
                    "data": {
                      "task_id": "b7d2e4f1-3a5c-4e9b-8f12-7c6a5d4e3b21",
                      "status": "processing",
                      "clips": {
                        "0c8f2e61-7a4d-4b93-a1e5-333333333333": {
                          "id": "0c8f2e61-7a4d-4b93-a1e5-333333333333",
                          "title": "Neon Rain",
                          "status": "streaming",
                          "audio_url": "https://cdn.example.com/suno/0c8f2e61-7a4d-4b93-a1e5-333333333333.mp3",
                          "video_url": null,
                          "model_name": "chirp-v3-5",
                          "is_video_pending": true
                        }
                      }
                    },
                    "message": "success"
                  }
                },
                {
                  "name": "failed",
                  "value": {
                    "code": 200,
                    "data": {
                      "task_id": "b7d2e4f1-3a5c-4e9b-8f12-7c6a5d4e3b21",
                      "status": "failed",
                      "clips": {
                        "0c8f2e61-7a4d-4b93-a1e5-333333333333": {
                          "id": "0c8f2e61-7a4d-4b93-a1e5-333333333333",
                          "status": "error",
                          "audio_url": null,
                          "model_name": "chirp-v3-5",
                          "metadata": {
                            "error_type": "moderation_failure",
                            "error_message": "The lyrics contain content that is not allowed."
                          }
                        }
                      }
                    },
                    "message": "success"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/SunoFetchResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "suno-v35",
        "role": "poll",
        "input": {
          "in": "path",
          "name": "task_id"
        }
      },
      "errorShape": "sunoV35GetMusic",
      "pollTemplate": {
        "base": {
          "code": 200,
          "data": {
            "task_id": "b7d2e4f1-3a5c-4e9b-8f12-7c6a5d4e3b21",
            "status": "pending",
            "input": "{\\"custom_mode\\":true,\\"mv\\":\\"chirp-v3-5\\",\\"input\\":{\\"title\\":\\"Neon Rain\\",\\"tags\\":\\"synthwave, female vocals\\"}}"
          },
          "message": "success"
        },
        "results": [
          {
            "pointer": "/data/clips",
            "value": {
              "0c8f2e61-7a4d-4b93-a1e5-333333333333": {
                "id": "0c8f2e61-7a4d-4b93-a1e5-333333333333",
                "title": "Neon Rain",
                "status": "complete",
                "audio_url": "https://cdn.example.com/suno/0c8f2e61-7a4d-4b93-a1e5-333333333333.mp3",
                "video_url": "https://cdn.example.com/suno/0c8f2e61-7a4d-4b93-a1e5-333333333333.mp4",
                "image_url": "https://cdn.example.com/suno/image_0c8f2e61-7a4d-4b93-a1e5-333333333333.jpeg",
                "image_large_url": "https://cdn.example.com/suno/image_large_0c8f2e61-7a4d-4b93-a1e5-333333333333.jpeg",
                "model_name": "chirp-v3-5",
                "major_model_version": "v3.5",
                "created_at": "2024-07-27T08:15:02.114Z",
                "is_video_pending": false,
                "metadata": {
                  "tags": "synthwave, female vocals",
                  "prompt": "[Verse]\\nCity lights in the pouring rain\\n[Chorus]\\nNeon rain, wash away my pain",
                  "duration": 118.6,
                  "type": "gen",
                  "error_type": null,
                  "error_message": null
                }
              },
              "e2b94d18-5c07-4f6a-9d3b-444444444444": {
                "id": "e2b94d18-5c07-4f6a-9d3b-444444444444",
                "title": "Neon Rain",
                "status": "complete",
                "audio_url": "https://cdn.example.com/suno/e2b94d18-5c07-4f6a-9d3b-444444444444.mp3",
                "video_url": "https://cdn.example.com/suno/e2b94d18-5c07-4f6a-9d3b-444444444444.mp4",
                "image_url": "https://cdn.example.com/suno/image_e2b94d18-5c07-4f6a-9d3b-444444444444.jpeg",
                "image_large_url": "https://cdn.example.com/suno/image_large_e2b94d18-5c07-4f6a-9d3b-444444444444.jpeg",
                "model_name": "chirp-v3-5",
                "major_model_version": "v3.5",
                "created_at": "2024-07-27T08:15:02.114Z",
                "is_video_pending": false,
                "metadata": {
                  "tags": "synthwave, female vocals",
                  "prompt": "[Verse]\\nCity lights in the pouring rain\\n[Chorus]\\nNeon rain, wash away my pain",
                  "duration": 121.3,
                  "type": "gen",
                  "error_type": null,
                  "error_message": null
                }
              }
            }
          }
        ],
        "errors": {},
        "properties": [
          "code",
          "data",
          "message"
        ]
      }
    },
    {
      "operationId": "lumaCreateGeneration",
      "method": "post",
      "path": "/luma/generations",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "pending",
                  "value": {
                    "id": "4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d",
                    "prompt": "a paper boat drifting down a rainy street, cinematic",
                    "state": "pending",
                    "queue_state": null,
                    "created_at": "2024-07-27T09:02:11.482Z",
                    "batch_id": "",
                    "video": null,
                    "video_raw": null,
                    "liked": null,
                    "estimate_wait_seconds": null,
                    "thumbnail": null,
                    "last_frame": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/LumaGeneration"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [
        {
          "name": "notifyHook",
          "expression": "{$request.body#/notify_hook}",
          "method": "post"
        }
      ],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "text-to-video",
                "value": {
                  "user_prompt": "a paper boat drifting down a rainy street, cinematic",
                  "expand_prompt": true,
                  "aspect_ratio": "16:9",
                  "loop": false
                }
              },
              {
                "name": "image-to-video",
                "value": {
                  "user_prompt": "the cat slowly turns its head and blinks",
                  "image_url": "https://cdn.example.com/uploads/cat-portrait.jpg",
                  "aspect_ratio": "1:1",
                  "notify_hook": "https://hooks.example.com/luma/callback"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/LumaGenerateRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "user_prompt": {
                  "types": [
                    "string"
                  ]
                },
                "expand_prompt": {
                  "types": [
                    "boolean"
                  ]
                },
                "aspect_ratio": {
                  "types": [
                    "string"
                  ]
                },
                "loop": {
                  "types": [
                    "boolean"
                  ]
                },
                "image_url": {
                  "types": [
                    "string"
                  ]
                },
                "image_end_url": {
                  "types": [
                    "string"
                  ]
                },
                "notify_hook": {
                  "types": [
                    "string"
                  ]
                },
                "model_name": {
                  "types": [
                    "string"
                  ]
                },
                "duration": {
                  "types": [
                    "string"
                  ]
                },
                "resolution": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "luma",
        "idPointer": "/id",
        "pollOperationId": "lumaGetGeneration"
      },
      "errorShape": "lumaCreateGeneration"
    },
    {
      "operationId": "lumaGetGeneration",
      "method": "get",
      "path": "/luma/generations/{task_id}",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "task_id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "completed",
                  "value": {
                    "id": "4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d",
                    "prompt": "a paper boat drifting down a rainy street, cinematic",
                    "state": "completed",
                    "queue_state": null,
                    "created_at": "2024-07-27T09:02:11.482Z",
                    "batch_id": "",
                    "video": {
                      "url": "https://cdn.example.com/luma/4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d/video.mp4",
                      "width": 1360,
                      "height": 752,
                      "thumbnail": null,
                      "download_url": "https://cdn.example.com/luma/4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d/video.mp4?download=1"
                    },
                    "video_raw": null,
                    "liked": null,
                    "estimate_wait_seconds": null,
                    "thumbnail": {
                      "url": "https://cdn.example.com/luma/4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d/thumb.jpg",
                      "width": 1360,
                      "height": 752
                    },
                    "last_frame": {
                      "url": "https://cdn.example.com/luma/4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d/last_frame.jpg",
                      "width": 1360,
                      "height": 752
                    }
                  }
                },
                {
                  "name": "processing",
                  "value": {
                    "id": "4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d",
                    "prompt": "a paper boat drifting down a rainy street, cinematic",
                    "state": "processing",
                    "queue_state": null,
                    "created_at": "2024-07-27T09:02:11.482Z",
                    "batch_id": "",
                    "video": null,
                    "estimate_wait_seconds": 95
                  }
                },
                {
                  "name": "failed",
                  "value": {
                    "id": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
                    "prompt": "a paper boat drifting down a rainy street, cinematic",
                    "state": "failed",
                    "queue_state": null,
                    "created_at": "2024-07-27T09:05:40.017Z",
                    "video": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/LumaGeneration"
              }
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "luma",
        "role": "poll",
        "input": {
          "in": "path",
          "name": "task_id"
        }
      },
      "errorShape": "lumaGetGeneration",
      "pollTemplate": {
        "base": {
          "id": "4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d",
          "prompt": "a paper boat drifting down a rainy street, cinematic",
          "state": "pending",
          "queue_state": null,
          "created_at": "2024-07-27T09:02:11.482Z",
          "batch_id": "",
          "video": null,
          "video_raw": null,
          "liked": null,
          "estimate_wait_seconds": null,
          "thumbnail": {
            "url": "https://cdn.example.com/luma/4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d/thumb.jpg",
            "width": 1360,
            "height": 752
          },
          "last_frame": {
            "url": "https://cdn.example.com/luma/4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d/last_frame.jpg",
            "width": 1360,
            "height": 752
          }
        },
        "results": [
          {
            "pointer": "/video",
            "value": {
              "url": "https://cdn.example.com/luma/4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d/video.mp4",
              "width": 1360,
              "height": 752,
              "thumbnail": null,
              "download_url": "https://cdn.example.com/luma/4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d/video.mp4?download=1"
            }
          }
        ],
        "errors": {},
        "properties": [
          "id",
          "prompt",
          "state",
          "queue_state",
          "created_at",
          "batch_id",
          "video",
          "video_raw",
          "liked",
          "estimate_wait_seconds",
          "thumbnail",
          "last_frame",
          "server_id"
        ]
      }
    },
    {
      "operationId": "lumaExtendGeneration",
      "method": "post",
      "path": "/luma/generations/{task_id}/extend",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "task_id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "pending",
                  "value": {
                    "id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                    "prompt": "the boat reaches a canal and floats under a lit bridge",
                    "state": "pending",
                    "queue_state": null,
                    "created_at": "2024-07-27T09:12:45.901Z",
                    "video": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/LumaGeneration"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [
        {
          "name": "notifyHook",
          "expression": "{$request.body#/notify_hook}",
          "method": "post"
        }
      ],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "extend",
                "value": {
                  "user_prompt": "the boat reaches a canal and floats under a lit bridge",
                  "expand_prompt": true
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/LumaExtendRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "user_prompt": {
                  "types": [
                    "string"
                  ]
                },
                "expand_prompt": {
                  "types": [
                    "boolean"
                  ]
                },
                "image_url": {
                  "types": [
                    "string"
                  ]
                },
                "image_end_url": {
                  "types": [
                    "string"
                  ]
                },
                "notify_hook": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "luma",
        "idPointer": "/id",
        "pollOperationId": "lumaGetGeneration"
      },
      "errorShape": "lumaExtendGeneration"
    },
    {
      "operationId": "stabilityGenerateUltra",
      "method": "post",
      "path": "/sd/v2beta/stable-image/generate/ultra",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "accept",
          "in": "header",
          "required": false,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string",
            "enum": [
              "image/*",
              "application/json"
            ]
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [
            [
              "finish-reason",
              "SUCCESS"
            ]
          ],
          "contents": [
            {
              "mediaType": "image/png",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "image/png",
                "base64": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAAD0lEQVR4AQEEAPv/AE+PzwLeAa4mzOiiAAAAAElFTkSuQmCC"
              }
            },
            {
              "mediaType": "image/jpeg",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "image/jpeg",
                "base64": "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z"
              }
            },
            {
              "mediaType": "image/webp",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "image/webp",
                "base64": "UklGRhgAAABXRUJQVlA4TAwAAAAvAAAAAOhjn/rc/wA="
              }
            },
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "ultra-json",
                  "value": {
                    "image": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
                    "finish_reason": "SUCCESS",
                    "seed": 1050625087
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityImageResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "bad-aspect-ratio",
                  "value": {
                    "id": "4b2ad3e1f6a84d5b9c0e7f1a2b3c4d5e",
                    "name": "bad_request",
                    "errors": [
                      "aspect_ratio: must be one of 16:9, 1:1, 21:9, 2:3, 3:2, 4:5, 5:4, 9:16, 9:21"
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "content-moderation",
                  "value": {
                    "id": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                    "name": "content_moderation",
                    "errors": [
                      "Your request was flagged by our content moderation system."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "413",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "payload-too-large",
                  "value": {
                    "id": "7a6b5c4d3e2f10a9b8c7d6e5f4a3b2c1",
                    "name": "payload_too_large",
                    "errors": [
                      "body: payloads cannot be larger than 10MiB in size"
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "422",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-language",
                  "value": {
                    "id": "2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f",
                    "name": "invalid_language",
                    "errors": [
                      "English is the only supported language for this service."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "id": "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b",
                    "name": "rate_limit_exceeded",
                    "errors": [
                      "You have exceeded the rate limit of 150 requests within a 10 second period."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "internal-error",
                  "value": {
                    "id": "8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a",
                    "name": "internal_error",
                    "errors": [
                      "An unexpected server error has occurred, please try again later."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "ultra-basic",
                "value": {
                  "prompt": "A lighthouse on a cliff at dawn, waves crashing below, volumetric light, ultra detailed",
                  "negative_prompt": "blurry, low quality, text",
                  "aspect_ratio": "16:9",
                  "seed": 0,
                  "output_format": "png"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/StabilityUltraRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "negative_prompt": {
                  "types": [
                    "string"
                  ]
                },
                "aspect_ratio": {
                  "types": [
                    "string"
                  ]
                },
                "seed": {
                  "types": [
                    "integer"
                  ]
                },
                "output_format": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "stabilityGenerateUltra"
    },
    {
      "operationId": "stabilityGenerateCore",
      "method": "post",
      "path": "/sd/v2beta/stable-image/generate/core",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "accept",
          "in": "header",
          "required": false,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string",
            "enum": [
              "image/*",
              "application/json"
            ]
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [
            [
              "finish-reason",
              "SUCCESS"
            ]
          ],
          "contents": [
            {
              "mediaType": "image/png",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "image/png",
                "base64": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAAD0lEQVR4AQEEAPv/AE+PzwLeAa4mzOiiAAAAAElFTkSuQmCC"
              }
            },
            {
              "mediaType": "image/jpeg",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "image/jpeg",
                "base64": "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z"
              }
            },
            {
              "mediaType": "image/webp",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "image/webp",
                "base64": "UklGRhgAAABXRUJQVlA4TAwAAAAvAAAAAOhjn/rc/wA="
              }
            },
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "core-json",
                  "value": {
                    "image": "UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=",
                    "finish_reason": "SUCCESS",
                    "seed": 3380474981
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityImageResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "bad-style-preset",
                  "value": {
                    "id": "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
                    "name": "bad_request",
                    "errors": [
                      "style_preset: must be one of 3d-model, analog-film, anime, cinematic, ..."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "content-moderation",
                  "value": {
                    "id": "0f1e2d3c4b5a69788796a5b4c3d2e1f1",
                    "name": "content_moderation",
                    "errors": [
                      "Your request was flagged by our content moderation system."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "413",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "payload-too-large",
                  "value": {
                    "id": "7a6b5c4d3e2f10a9b8c7d6e5f4a3b2c2",
                    "name": "payload_too_large",
                    "errors": [
                      "body: payloads cannot be larger than 10MiB in size"
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "422",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-language",
                  "value": {
                    "id": "2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e70",
                    "name": "invalid_language",
                    "errors": [
                      "English is the only supported language for this service."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "id": "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a01",
                    "name": "rate_limit_exceeded",
                    "errors": [
                      "You have exceeded the rate limit of 150 requests within a 10 second period."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "internal-error",
                  "value": {
                    "id": "8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3b",
                    "name": "internal_error",
                    "errors": [
                      "An unexpected server error has occurred, please try again later."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "core-style-preset",
                "value": {
                  "prompt": "A young astronaut with a cat helmet, floating among candy-coloured planets",
                  "aspect_ratio": "2:3",
                  "style_preset": "anime",
                  "output_format": "webp"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/StabilityCoreRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "negative_prompt": {
                  "types": [
                    "string"
                  ]
                },
                "aspect_ratio": {
                  "types": [
                    "string"
                  ]
                },
                "seed": {
                  "types": [
                    "integer"
                  ]
                },
                "style_preset": {
                  "types": [
                    "string"
                  ]
                },
                "output_format": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "stabilityGenerateCore"
    },
    {
      "operationId": "stabilityGenerateSd3",
      "method": "post",
      "path": "/sd/v2beta/stable-image/generate/sd3",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "accept",
          "in": "header",
          "required": false,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string",
            "enum": [
              "image/*",
              "application/json"
            ]
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [
            [
              "finish-reason",
              "SUCCESS"
            ]
          ],
          "contents": [
            {
              "mediaType": "image/png",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "image/png",
                "base64": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAAD0lEQVR4AQEEAPv/AE+PzwLeAa4mzOiiAAAAAElFTkSuQmCC"
              }
            },
            {
              "mediaType": "image/jpeg",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "image/jpeg",
                "base64": "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z"
              }
            },
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "sd3-json",
                  "value": {
                    "image": "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U",
                    "finish_reason": "SUCCESS",
                    "seed": 2718281828
                  }
                },
                {
                  "name": "sd3-filtered",
                  "value": {
                    "image": "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUG",
                    "finish_reason": "CONTENT_FILTERED",
                    "seed": 31415926
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityImageResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "missing-image",
                  "value": {
                    "id": "3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f80",
                    "name": "bad_request",
                    "errors": [
                      "image: required when mode is image-to-image"
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "content-moderation",
                  "value": {
                    "id": "0f1e2d3c4b5a69788796a5b4c3d2e1f2",
                    "name": "content_moderation",
                    "errors": [
                      "Your request was flagged by our content moderation system."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "413",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "payload-too-large",
                  "value": {
                    "id": "7a6b5c4d3e2f10a9b8c7d6e5f4a3b2c3",
                    "name": "payload_too_large",
                    "errors": [
                      "body: payloads cannot be larger than 10MiB in size"
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "422",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-language",
                  "value": {
                    "id": "2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e71",
                    "name": "invalid_language",
                    "errors": [
                      "English is the only supported language for this service."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "id": "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a02",
                    "name": "rate_limit_exceeded",
                    "errors": [
                      "You have exceeded the rate limit of 150 requests within a 10 second period."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "internal-error",
                  "value": {
                    "id": "8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3c",
                    "name": "internal_error",
                    "errors": [
                      "An unexpected server error has occurred, please try again later."
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV2Error"
              }
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "sd3-text-to-image",
                "value": {
                  "prompt": "A red fox reading a newspaper in a Parisian cafe, oil painting",
                  "mode": "text-to-image",
                  "model": "sd3-large",
                  "aspect_ratio": "3:2",
                  "output_format": "jpeg"
                }
              },
              {
                "name": "sd3-image-to-image",
                "value": {
                  "prompt": "The same street at night, neon signs, rain",
                  "mode": "image-to-image",
                  "image": "street-daylight.png",
                  "strength": 0.7,
                  "model": "sd3-large-turbo"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/StabilitySd3Request"
            },
            "encoding": {
              "image": "image/png, image/jpeg, image/webp"
            },
            "check": {
              "allOf": [
                {
                  "$ref": "#/$defs/StabilitySd3Request"
                },
                {
                  "properties": {
                    "image": {
                      "x-mock-part": [
                        "image/png",
                        "image/jpeg",
                        "image/webp"
                      ]
                    }
                  }
                }
              ]
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "mode": {
                  "types": [
                    "string"
                  ]
                },
                "image": {
                  "types": [
                    "string"
                  ]
                },
                "strength": {
                  "types": [
                    "number"
                  ]
                },
                "aspect_ratio": {
                  "types": [
                    "string"
                  ]
                },
                "model": {
                  "types": [
                    "string"
                  ]
                },
                "seed": {
                  "types": [
                    "integer"
                  ]
                },
                "output_format": {
                  "types": [
                    "string"
                  ]
                },
                "negative_prompt": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "stabilityGenerateSd3"
    },
    {
      "operationId": "stabilitySdxlTextToImage",
      "method": "post",
      "path": "/sd/v1/generation/stable-diffusion-xl-1024-v1-0/text-to-image",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "Accept",
          "in": "header",
          "required": false,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string",
            "enum": [
              "application/json",
              "image/png"
            ]
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "sdxl-artifacts",
                  "value": {
                    "artifacts": [
                      {
                        "base64": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
                        "finishReason": "SUCCESS",
                        "seed": 1229191277
                      }
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityArtifactsResponse"
              }
            },
            {
              "mediaType": "image/png",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "image/png",
                "base64": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAAD0lEQVR4AQEEAPv/AE+PzwLeAa4mzOiiAAAAAElFTkSuQmCC"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "bad-dimensions",
                  "value": {
                    "id": "296a972f666a4d2c9e6b7b3c5c3a1f2e",
                    "name": "invalid_sdxl_v1_dimensions",
                    "message": "for stable-diffusion-xl-1024-v1-0 the allowed dimensions are 1024x1024, 1152x896, 1216x832, 1344x768, 1536x640, 640x1536, 768x1344, 832x1216, 896x1152, but we received 512x512"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV1Error"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "engine-not-found",
                  "value": {
                    "id": "a1b2c3d4e5f60718293a4b5c6d7e8f90",
                    "name": "not_found",
                    "message": "engine not found: stable-diffusion-xl-1024-v1-0"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV1Error"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "internal-error",
                  "value": {
                    "id": "f0e1d2c3b4a5968778695a4b3c2d1e0f",
                    "name": "internal_error",
                    "message": "An unexpected server error occurred, please try again."
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV1Error"
              },
              "messageAt": "/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "sdxl-basic",
                "value": {
                  "text_prompts": [
                    {
                      "text": "A watercolor painting of a Japanese temple in autumn, maple leaves",
                      "weight": 1
                    },
                    {
                      "text": "blurry, watermark",
                      "weight": -1
                    }
                  ],
                  "cfg_scale": 7,
                  "height": 1024,
                  "width": 1024,
                  "samples": 1,
                  "steps": 30,
                  "style_preset": "enhance"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/StabilitySdxlRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "text_prompts": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "object"
                    ]
                  }
                },
                "height": {
                  "types": [
                    "integer"
                  ]
                },
                "width": {
                  "types": [
                    "integer"
                  ]
                },
                "cfg_scale": {
                  "types": [
                    "number"
                  ]
                },
                "clip_guidance_preset": {
                  "types": [
                    "string"
                  ]
                },
                "sampler": {
                  "types": [
                    "string"
                  ]
                },
                "samples": {
                  "types": [
                    "integer"
                  ]
                },
                "seed": {
                  "types": [
                    "integer"
                  ]
                },
                "steps": {
                  "types": [
                    "integer"
                  ]
                },
                "style_preset": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "stabilitySdxlTextToImage"
    },
    {
      "operationId": "stabilityEngineTextToImage",
      "method": "post",
      "path": "/sd/v1/generation/{engine_id}/text-to-image",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "engine_id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string",
            "enum": [
              "stable-diffusion-xl-1024-v1-0",
              "stable-diffusion-v1-6",
              "stable-diffusion-xl-beta-v2-2-2"
            ]
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        },
        {
          "name": "Accept",
          "in": "header",
          "required": false,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string",
            "enum": [
              "application/json",
              "image/png"
            ]
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "sd16-artifacts",
                  "value": {
                    "artifacts": [
                      {
                        "base64": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
                        "finishReason": "SUCCESS",
                        "seed": 42
                      },
                      {
                        "base64": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==",
                        "finishReason": "CONTENT_FILTERED",
                        "seed": 43
                      }
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityArtifactsResponse"
              }
            },
            {
              "mediaType": "image/png",
              "kind": "binary",
              "examples": [],
              "schema": {
                "type": "string",
                "format": "binary"
              },
              "sample": {
                "mediaType": "image/png",
                "base64": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAAD0lEQVR4AQEEAPv/AE+PzwLeAa4mzOiiAAAAAElFTkSuQmCC"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "bad-height",
                  "value": {
                    "id": "5f4e3d2c1b0a99887766554433221100",
                    "name": "bad_request",
                    "message": "height: must be a multiple of 64"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV1Error"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "engine-not-found",
                  "value": {
                    "id": "b2c3d4e5f60718293a4b5c6d7e8f90a1",
                    "name": "not_found",
                    "message": "engine not found: stable-diffusion-v1-5"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV1Error"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "internal-error",
                  "value": {
                    "id": "0f1e2d3c4b5a69788796a5b4c3d2e1f3",
                    "name": "internal_error",
                    "message": "An unexpected server error occurred, please try again."
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/StabilityV1Error"
              },
              "messageAt": "/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "sd16-two-samples",
                "value": {
                  "text_prompts": [
                    {
                      "text": "A cozy reading nook with a cat asleep on a pile of books, warm lamp light"
                    }
                  ],
                  "height": 768,
                  "width": 512,
                  "samples": 2,
                  "steps": 40,
                  "sampler": "K_DPMPP_2M",
                  "seed": 42
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/StabilitySdxlRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "text_prompts": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "object"
                    ]
                  }
                },
                "height": {
                  "types": [
                    "integer"
                  ]
                },
                "width": {
                  "types": [
                    "integer"
                  ]
                },
                "cfg_scale": {
                  "types": [
                    "number"
                  ]
                },
                "clip_guidance_preset": {
                  "types": [
                    "string"
                  ]
                },
                "sampler": {
                  "types": [
                    "string"
                  ]
                },
                "samples": {
                  "types": [
                    "integer"
                  ]
                },
                "seed": {
                  "types": [
                    "integer"
                  ]
                },
                "steps": {
                  "types": [
                    "integer"
                  ]
                },
                "style_preset": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "stabilityEngineTextToImage"
    },
    {
      "operationId": "recraftCreateStyle",
      "method": "post",
      "path": "/recraft/v1/styles",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "created",
                  "value": {
                    "id": "229b2a75-05e4-4580-85f9-b47ee521a00d"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RecraftCreateStyleResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "brand-style",
                "value": {
                  "style": "digital_illustration",
                  "file": [
                    "brand-hero-1.png",
                    "brand-hero-2.png",
                    "brand-hero-3.png"
                  ]
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/RecraftCreateStyleRequest"
            },
            "encoding": {
              "file": "image/png, image/jpeg, image/webp"
            },
            "check": {
              "allOf": [
                {
                  "$ref": "#/$defs/RecraftCreateStyleRequest"
                },
                {
                  "properties": {
                    "file": {
                      "x-mock-part": [
                        "image/png",
                        "image/jpeg",
                        "image/webp"
                      ]
                    }
                  }
                }
              ]
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "style": {
                  "types": [
                    "string"
                  ]
                },
                "file": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "string"
                    ]
                  }
                }
              }
            }
          }
        ]
      },
      "errorShape": "recraftCreateStyle"
    },
    {
      "operationId": "recraftGenerateImage",
      "method": "post",
      "path": "/recraft/v1/images/generations",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "two-urls",
                  "value": {
                    "created": 1730898734,
                    "data": [
                      {
                        "url": "https://cdn.example.com/recraft/6f2a1c0e-5b6d-4f1a-9c7e-2d3b4a5c6d7e.svg",
                        "image_id": "6f2a1c0e-5b6d-4f1a-9c7e-2d3b4a5c6d7e"
                      },
                      {
                        "url": "https://cdn.example.com/recraft/8b9c0d1e-2f3a-4b5c-8d6e-7f8a9b0c1d2e.svg",
                        "image_id": "8b9c0d1e-2f3a-4b5c-8d6e-7f8a9b0c1d2e"
                      }
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RecraftImagesResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "vector-logo",
                "value": {
                  "prompt": "A minimalist fox logo made of geometric shapes",
                  "style": "vector_illustration",
                  "model": "recraftv3",
                  "size": "1024x1024",
                  "n": 2,
                  "controls": {
                    "colors": [
                      {
                        "rgb": [
                          255,
                          122,
                          0
                        ]
                      },
                      {
                        "rgb": [
                          34,
                          34,
                          34
                        ]
                      }
                    ],
                    "background_color": {
                      "rgb": [
                        255,
                        255,
                        255
                      ]
                    }
                  }
                }
              },
              {
                "name": "custom-style",
                "value": {
                  "prompt": "A cover illustration for a quarterly report about renewable energy",
                  "style_id": "229b2a75-05e4-4580-85f9-b47ee521a00d",
                  "size": "1365x1024"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/RecraftGenerateImageRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "n": {
                  "types": [
                    "integer"
                  ]
                },
                "style_id": {
                  "types": [
                    "string"
                  ]
                },
                "style": {
                  "types": [
                    "string"
                  ]
                },
                "substyle": {
                  "types": [
                    "string"
                  ]
                },
                "model": {
                  "types": [
                    "string"
                  ]
                },
                "response_format": {
                  "types": [
                    "string"
                  ]
                },
                "size": {
                  "types": [
                    "string"
                  ]
                },
                "controls": {
                  "types": [
                    "object"
                  ]
                },
                "text_layout": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "object"
                    ]
                  }
                }
              }
            }
          }
        ]
      },
      "errorShape": "recraftGenerateImage"
    },
    {
      "operationId": "recraftVectorizeImage",
      "method": "post",
      "path": "/recraft/v1/images/vectorize",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "svg-url",
                  "value": {
                    "image": {
                      "url": "https://cdn.example.com/recraft/vectorized/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f.svg"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RecraftImageFileResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "vectorize-logo",
                "value": {
                  "file": "logo-raster.png"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/RecraftImageFileRequest"
            },
            "encoding": {
              "file": "image/png, image/jpeg, image/webp"
            },
            "check": {
              "allOf": [
                {
                  "$ref": "#/$defs/RecraftImageFileRequest"
                },
                {
                  "properties": {
                    "file": {
                      "x-mock-part": [
                        "image/png",
                        "image/jpeg",
                        "image/webp"
                      ]
                    }
                  }
                }
              ]
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "file": {
                  "types": [
                    "string"
                  ]
                },
                "response_format": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "recraftVectorizeImage"
    },
    {
      "operationId": "recraftRemoveBackground",
      "method": "post",
      "path": "/recraft/v1/images/removeBackground",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "png-url",
                  "value": {
                    "image": {
                      "url": "https://cdn.example.com/recraft/nobg/4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a.png"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RecraftImageFileResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "product-photo",
                "value": {
                  "file": "sneaker-on-table.jpg",
                  "response_format": "url"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/RecraftImageFileRequest"
            },
            "encoding": {
              "file": "image/png, image/jpeg, image/webp"
            },
            "check": {
              "allOf": [
                {
                  "$ref": "#/$defs/RecraftImageFileRequest"
                },
                {
                  "properties": {
                    "file": {
                      "x-mock-part": [
                        "image/png",
                        "image/jpeg",
                        "image/webp"
                      ]
                    }
                  }
                }
              ]
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "file": {
                  "types": [
                    "string"
                  ]
                },
                "response_format": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "recraftRemoveBackground"
    },
    {
      "operationId": "recraftClarityUpscale",
      "method": "post",
      "path": "/recraft/v1/images/clarityUpscale",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upscaled-url",
                  "value": {
                    "image": {
                      "url": "https://cdn.example.com/recraft/upscaled/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b.png"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RecraftImageFileResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "old-photo",
                "value": {
                  "file": "grandparents-1985.jpg"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/RecraftImageFileRequest"
            },
            "encoding": {
              "file": "image/png, image/jpeg, image/webp"
            },
            "check": {
              "allOf": [
                {
                  "$ref": "#/$defs/RecraftImageFileRequest"
                },
                {
                  "properties": {
                    "file": {
                      "x-mock-part": [
                        "image/png",
                        "image/jpeg",
                        "image/webp"
                      ]
                    }
                  }
                }
              ]
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "file": {
                  "types": [
                    "string"
                  ]
                },
                "response_format": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "recraftClarityUpscale"
    },
    {
      "operationId": "recraftGenerativeUpscale",
      "method": "post",
      "path": "/recraft/v1/images/generativeUpscale",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upscaled-b64",
                  "value": {
                    "image": {
                      "b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=="
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RecraftImageFileResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "portrait",
                "value": {
                  "file": "portrait-256.png",
                  "response_format": "b64_json"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/RecraftImageFileRequest"
            },
            "encoding": {
              "file": "image/png, image/jpeg, image/webp"
            },
            "check": {
              "allOf": [
                {
                  "$ref": "#/$defs/RecraftImageFileRequest"
                },
                {
                  "properties": {
                    "file": {
                      "x-mock-part": [
                        "image/png",
                        "image/jpeg",
                        "image/webp"
                      ]
                    }
                  }
                }
              ]
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "file": {
                  "types": [
                    "string"
                  ]
                },
                "response_format": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "recraftGenerativeUpscale"
    },
    {
      "operationId": "runwayCreateImageToVideo",
      "method": "post",
      "path": "/runwayml/v1/image_to_video",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "X-Runway-Version",
          "in": "header",
          "required": false,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "accepted",
                  "value": {
                    "id": "17f20503-6c24-4c16-946b-35dbbce2af2f"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RunwayTaskCreated"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "single-image",
                "value": {
                  "promptImage": "https://cdn.example.com/inputs/beach-sunset.jpg",
                  "model": "gen3a_turbo",
                  "promptText": "The camera slowly pushes in as waves roll onto the shore",
                  "duration": 5,
                  "ratio": "16:9",
                  "seed": 4242
                }
              },
              {
                "name": "keyframes",
                "value": {
                  "promptImage": [
                    {
                      "uri": "https://cdn.example.com/inputs/seed-sprout.jpg",
                      "position": "first"
                    },
                    {
                      "uri": "https://cdn.example.com/inputs/full-flower.jpg",
                      "position": "last"
                    }
                  ],
                  "model": "gen3a_turbo",
                  "promptText": "Time-lapse of a flower growing and blooming",
                  "duration": 10,
                  "watermark": false
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/RunwayImageToVideoRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "promptImage": {
                  "types": [
                    "string",
                    "array"
                  ],
                  "items": {
                    "types": [
                      "object"
                    ]
                  }
                },
                "model": {
                  "types": [
                    "string"
                  ]
                },
                "promptText": {
                  "types": [
                    "string"
                  ]
                },
                "seed": {
                  "types": [
                    "integer"
                  ]
                },
                "watermark": {
                  "types": [
                    "boolean"
                  ]
                },
                "duration": {
                  "types": [
                    "integer"
                  ]
                },
                "ratio": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "runway",
        "idPointer": "/id",
        "pollOperationId": "runwayGetTask"
      },
      "errorShape": "runwayCreateImageToVideo"
    },
    {
      "operationId": "runwayGetTask",
      "method": "get",
      "path": "/runwayml/v1/tasks/{id}",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        },
        {
          "name": "X-Runway-Version",
          "in": "header",
          "required": false,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "pending",
                  "value": {
                    "id": "17f20503-6c24-4c16-946b-35dbbce2af2f",
                    "status": "PENDING",
                    "createdAt": "2024-11-20T08:15:02.113Z"
                  }
                },
                {
                  "name": "running",
                  "value": {
                    "id": "17f20503-6c24-4c16-946b-35dbbce2af2f",
                    "status": "RUNNING",
                    "createdAt": "2024-11-20T08:15:02.113Z",
                    "progress": 0.45
                  }
                },
                {
                  "name": "succeeded",
                  "value": {
                    "id": "17f20503-6c24-4c16-946b-35dbbce2af2f",
                    "status": "SUCCEEDED",
                    "createdAt": "2024-11-20T08:15:02.113Z",
                    "output": [
                      "https://cdn.example.com/runway/17f20503-6c24-4c16-946b-35dbbce2af2f.mp4"
                    ]
                  }
                },
                {
                  "name": "failed",
                  "value": {
                    "id": "17f20503-6c24-4c16-946b-35dbbce2af2f",
                    "status": "FAILED",
                    "createdAt": "2024-11-20T08:15:02.113Z",
                    "failure": "The input image did not pass content moderation.",
                    "failureCode": "SAFETY.INPUT.IMAGE"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RunwayTask"
              }
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "runway",
        "role": "poll",
        "input": {
          "in": "path",
          "name": "id"
        }
      },
      "errorShape": "runwayGetTask",
      "pollTemplate": {
        "base": {
          "id": "17f20503-6c24-4c16-946b-35dbbce2af2f",
          "status": "PENDING",
          "createdAt": "2024-11-20T08:15:02.113Z"
        },
        "results": [
          {
            "pointer": "/output",
            "value": [
              "https://cdn.example.com/runway/17f20503-6c24-4c16-946b-35dbbce2af2f.mp4"
            ]
          }
        ],
        "errors": {
          "failed": "The input image did not pass content moderation."
        },
        "properties": [
          "id",
          "status",
          "createdAt",
          "progress",
          "output",
          "failure",
          "failureCode"
        ]
      }
    },
    {
      "operationId": "fluxCreatePro11",
      "method": "post",
      "path": "/flux/v1/flux-pro-1.1",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "accepted",
                  "value": {
                    "id": "3c6f2b8e-9a41-4d7b-8f5e-1b2c3d4e5f60"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/FluxSubmitResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "pro11-basic",
                "value": {
                  "prompt": "A misty pine forest at sunrise, rays of light through the trees, photorealistic",
                  "width": 1024,
                  "height": 768,
                  "prompt_upsampling": false,
                  "safety_tolerance": 2,
                  "output_format": "jpeg"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/FluxPro11Request"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "width": {
                  "types": [
                    "integer"
                  ]
                },
                "height": {
                  "types": [
                    "integer"
                  ]
                },
                "prompt_upsampling": {
                  "types": [
                    "boolean"
                  ]
                },
                "seed": {
                  "types": [
                    "integer"
                  ]
                },
                "safety_tolerance": {
                  "types": [
                    "integer"
                  ]
                },
                "output_format": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "flux",
        "idPointer": "/id",
        "pollOperationId": "fluxGetResult"
      },
      "errorShape": "fluxCreatePro11"
    },
    {
      "operationId": "fluxCreatePro",
      "method": "post",
      "path": "/flux/v1/flux-pro",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "accepted",
                  "value": {
                    "id": "9d8e7f6a-5b4c-4d3e-a2f1-0e9d8c7b6a59"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/FluxSubmitResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "pro-portrait",
                "value": {
                  "prompt": "Studio portrait of an elderly fisherman, dramatic side light, 85mm",
                  "width": 768,
                  "height": 1024,
                  "steps": 40,
                  "guidance": 2.5,
                  "interval": 2,
                  "seed": 20240801,
                  "output_format": "png"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/FluxProRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "width": {
                  "types": [
                    "integer"
                  ]
                },
                "height": {
                  "types": [
                    "integer"
                  ]
                },
                "steps": {
                  "types": [
                    "integer"
                  ]
                },
                "guidance": {
                  "types": [
                    "number"
                  ]
                },
                "interval": {
                  "types": [
                    "number"
                  ]
                },
                "prompt_upsampling": {
                  "types": [
                    "boolean"
                  ]
                },
                "seed": {
                  "types": [
                    "integer"
                  ]
                },
                "safety_tolerance": {
                  "types": [
                    "integer"
                  ]
                },
                "output_format": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "flux",
        "idPointer": "/id",
        "pollOperationId": "fluxGetResult"
      },
      "errorShape": "fluxCreatePro"
    },
    {
      "operationId": "fluxCreateDev",
      "method": "post",
      "path": "/flux/v1/flux-dev",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "accepted",
                  "value": {
                    "id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/FluxSubmitResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "dev-square",
                "value": {
                  "prompt": "A cute robot watering plants on a balcony, children's book illustration",
                  "width": 1024,
                  "height": 1024,
                  "steps": 28,
                  "guidance": 3
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/FluxDevRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "width": {
                  "types": [
                    "integer"
                  ]
                },
                "height": {
                  "types": [
                    "integer"
                  ]
                },
                "steps": {
                  "types": [
                    "integer"
                  ]
                },
                "guidance": {
                  "types": [
                    "number"
                  ]
                },
                "prompt_upsampling": {
                  "types": [
                    "boolean"
                  ]
                },
                "seed": {
                  "types": [
                    "integer"
                  ]
                },
                "safety_tolerance": {
                  "types": [
                    "integer"
                  ]
                },
                "output_format": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "flux",
        "idPointer": "/id",
        "pollOperationId": "fluxGetResult"
      },
      "errorShape": "fluxCreateDev"
    },
    {
      "operationId": "fluxGetResult",
      "method": "get",
      "path": "/flux/v1/get_result",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "query",
          "required": true,
          "style": "form",
          "explode": true,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "pending",
                  "value": {
                    "id": "3c6f2b8e-9a41-4d7b-8f5e-1b2c3d4e5f60",
                    "status": "Pending",
                    "result": null
                  }
                },
                {
                  "name": "ready",
                  "value": {
                    "id": "3c6f2b8e-9a41-4d7b-8f5e-1b2c3d4e5f60",
                    "status": "Ready",
                    "result": {
                      "sample": "https://cdn.example.com/flux/3c6f2b8e-9a41-4d7b-8f5e-1b2c3d4e5f60/sample.jpg",
                      "prompt": "A misty pine forest at sunrise, rays of light through the trees, photorealistic",
                      "seed": 1828749261,
                      "start_time": 1730887320.41,
                      "end_time": 1730887327.95,
                      "duration": 7.54
                    }
                  }
                },
                {
                  "name": "content-moderated",
                  "value": {
                    "id": "3c6f2b8e-9a41-4d7b-8f5e-1b2c3d4e5f60",
                    "status": "Content Moderated",
                    "result": null
                  }
                },
                {
                  "name": "not-found",
                  "value": {
                    "id": "00000000-0000-4000-8000-000000000000",
                    "status": "Task not found",
                    "result": null
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/FluxGetResultResponse"
              }
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "flux",
        "role": "poll",
        "input": {
          "in": "query",
          "name": "id"
        }
      },
      "errorShape": "fluxGetResult",
      "pollTemplate": {
        "base": {
          "id": "3c6f2b8e-9a41-4d7b-8f5e-1b2c3d4e5f60",
          "status": "Pending",
          "result": null
        },
        "results": [
          {
            "pointer": "/result",
            "value": {
              "sample": "https://cdn.example.com/flux/3c6f2b8e-9a41-4d7b-8f5e-1b2c3d4e5f60/sample.jpg",
              "prompt": "A misty pine forest at sunrise, rays of light through the trees, photorealistic",
              "seed": 1828749261,
              "start_time": 1730887320.41,
              "end_time": 1730887327.95,
              "duration": 7.54
            }
          }
        ],
        "errors": {},
        "properties": [
          "id",
          "status",
          "result"
        ]
      }
    },
    {
      "operationId": "ideogramGenerate",
      "method": "post",
      "path": "/ideogram/generate",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "one-image",
                  "value": {
                    "created": "2024-10-28T09:12:44.913551+00:00",
                    "data": [
                      {
                        "prompt": "A retro travel poster with the words \\"VISIT HANGZHOU\\" above West Lake at sunset, bold typography, warm orange and teal palette",
                        "resolution": "832x1312",
                        "is_image_safe": true,
                        "seed": 918273645,
                        "url": "https://cdn.example.com/ideogram/ephemeral/b7Cq9rYhT0m2KxN4vWz1aQ.png",
                        "style_type": "DESIGN"
                      }
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/IdeogramImagesResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "poster",
                "value": {
                  "image_request": {
                    "prompt": "A retro travel poster with the words \\"VISIT HANGZHOU\\" above West Lake at sunset",
                    "aspect_ratio": "ASPECT_10_16",
                    "model": "V_2",
                    "magic_prompt_option": "AUTO",
                    "style_type": "DESIGN",
                    "num_images": 1
                  }
                }
              },
              {
                "name": "palette",
                "value": {
                  "image_request": {
                    "prompt": "An isometric cozy coffee shop interior",
                    "resolution": "RESOLUTION_1024_1024",
                    "model": "V_2_TURBO",
                    "color_palette": {
                      "name": "PASTEL"
                    },
                    "seed": 12345
                  }
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/IdeogramGenerateRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "image_request": {
                  "types": [
                    "object"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "ideogramGenerate"
    },
    {
      "operationId": "ideogramRemix",
      "method": "post",
      "path": "/ideogram/remix",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "remixed",
                  "value": {
                    "created": "2024-10-28T09:20:03.118402+00:00",
                    "data": [
                      {
                        "prompt": "A soft watercolor painting of a tabby cat curled on a windowsill, loose brush strokes",
                        "resolution": "1024x1024",
                        "is_image_safe": true,
                        "seed": 55667788,
                        "url": "https://cdn.example.com/ideogram/ephemeral/Xk2pQ8sLm4RtV7wY9zA3bC.png",
                        "style_type": "GENERAL"
                      }
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/IdeogramImagesResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "watercolor-remix",
                "value": {
                  "image_request": {
                    "prompt": "A watercolor painting of this cat",
                    "aspect_ratio": "ASPECT_1_1",
                    "image_weight": 60,
                    "model": "V_2",
                    "magic_prompt_option": "ON"
                  },
                  "image_file": "my-cat.jpg"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/IdeogramRemixRequest"
            },
            "encoding": {
              "image_request": "application/json",
              "image_file": "image/jpeg, image/webp, image/png"
            },
            "check": {
              "allOf": [
                {
                  "$ref": "#/$defs/IdeogramRemixRequest"
                },
                {
                  "properties": {
                    "image_request": {
                      "x-mock-part": [
                        "application/json"
                      ]
                    },
                    "image_file": {
                      "x-mock-part": [
                        "image/jpeg",
                        "image/webp",
                        "image/png"
                      ]
                    }
                  }
                }
              ]
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "image_request": {
                  "types": [
                    "object"
                  ]
                },
                "image_file": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "ideogramRemix"
    },
    {
      "operationId": "ideogramUpscale",
      "method": "post",
      "path": "/ideogram/upscale",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upscaled",
                  "value": {
                    "created": "2024-10-28T09:31:57.402210+00:00",
                    "data": [
                      {
                        "prompt": "",
                        "resolution": "2048x2048",
                        "is_image_safe": true,
                        "seed": 1029384756,
                        "url": "https://cdn.example.com/ideogram/ephemeral/Up5cAl3dR3sUlT0000abcd.png"
                      }
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/IdeogramImagesResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "upscale-detail",
                "value": {
                  "image_request": {
                    "resemblance": 80,
                    "detail": 70,
                    "magic_prompt_option": "OFF"
                  },
                  "image_file": "poster-small.png"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/IdeogramUpscaleRequest"
            },
            "encoding": {
              "image_request": "application/json",
              "image_file": "image/jpeg, image/webp, image/png"
            },
            "check": {
              "allOf": [
                {
                  "$ref": "#/$defs/IdeogramUpscaleRequest"
                },
                {
                  "properties": {
                    "image_request": {
                      "x-mock-part": [
                        "application/json"
                      ]
                    },
                    "image_file": {
                      "x-mock-part": [
                        "image/jpeg",
                        "image/webp",
                        "image/png"
                      ]
                    }
                  }
                }
              ]
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "image_request": {
                  "types": [
                    "object"
                  ]
                },
                "image_file": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "ideogramUpscale"
    },
    {
      "operationId": "ideogramDescribe",
      "method": "post",
      "path": "/ideogram/describe",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "described",
                  "value": {
                    "descriptions": [
                      {
                        "text": "A wooden cabin beside a still alpine lake, snow-capped peaks behind it, pine trees, clear morning light."
                      }
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/IdeogramDescribeResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "multipart/form-data",
            "kind": "multipart",
            "examples": [
              {
                "name": "describe-photo",
                "value": {
                  "image_file": "mountain-cabin.jpg"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/IdeogramDescribeRequest"
            },
            "encoding": {
              "image_file": "image/jpeg, image/webp, image/png"
            },
            "check": {
              "allOf": [
                {
                  "$ref": "#/$defs/IdeogramDescribeRequest"
                },
                {
                  "properties": {
                    "image_file": {
                      "x-mock-part": [
                        "image/jpeg",
                        "image/webp",
                        "image/png"
                      ]
                    }
                  }
                }
              ]
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "image_file": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "ideogramDescribe"
    },
    {
      "operationId": "ideogramWebGetTask",
      "method": "post",
      "path": "/api/ideogram/task-request",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "Access-Token",
          "in": "header",
          "required": false,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "in-progress",
                  "value": {
                    "sampling_requests": [
                      {
                        "aspect_ratio": "1:1",
                        "can_upscale": false,
                        "completion_percentage": 40,
                        "creation_time_float": 1730039726.950963,
                        "has_started": true,
                        "height": 1024,
                        "is_completed": false,
                        "model_version": "V_0_3",
                        "private": true,
                        "request_id": "QGvBNC-SReSCnZ7y-hnYbg",
                        "request_type": "TEXT_TO_IMAGE",
                        "resolution": 1024,
                        "responses": [],
                        "sampling_speed": 0,
                        "seed": 1406040949,
                        "user_hparams": {
                          "aspect_ratio": "1:1"
                        },
                        "user_prompt": "dog",
                        "width": 1024
                      }
                    ]
                  }
                },
                {
                  "name": "completed",
                  "value": {
                    "sampling_requests": [
                      {
                        "aspect_ratio": "1:1",
                        "can_upscale": true,
                        "completion_percentage": 100,
                        "cover_response_id": "I0KkrjcfQH6bqJVz2Prp9g",
                        "creation_time_float": 1730039726.950963,
                        "has_started": true,
                        "height": 1024,
                        "is_completed": true,
                        "model_version": "V_0_3",
                        "private": true,
                        "request_id": "QGvBNC-SReSCnZ7y-hnYbg",
                        "request_type": "TEXT_TO_IMAGE",
                        "resolution": 1024,
                        "responses": [
                          {
                            "cover": true,
                            "descriptions": [],
                            "highest_fidelity": true,
                            "is_autoprompt": true,
                            "num_likes": 0,
                            "num_remixes": 0,
                            "prompt": "A golden retriever bounding through tall green grass under a bright blue sky",
                            "response_id": "I0KkrjcfQH6bqJVz2Prp9g",
                            "image_url": "https://cdn.example.com/ideogram/response/I0KkrjcfQH6bqJVz2Prp9g",
                            "self_like": false
                          },
                          {
                            "cover": false,
                            "descriptions": [],
                            "highest_fidelity": false,
                            "is_autoprompt": true,
                            "num_likes": 0,
                            "num_remixes": 0,
                            "prompt": "A fluffy brown and white puppy on a lawn with a toy in its mouth",
                            "response_id": "McW1NqFVTJCAgQKaLz2AMA",
                            "self_like": false
                          }
                        ],
                        "sampling_speed": 0,
                        "seed": 1406040949,
                        "user": {
                          "badge": null,
                          "display_handle": "sunny_painter",
                          "photo_url": "https://cdn.example.com/avatars/sunny_painter.png",
                          "subscription_plan_id": "o-sIa28SQSGZzKlMLZjDkA",
                          "user_id": "UMxfIhU5TTCDP0SRr4eISQ"
                        },
                        "user_hparams": {
                          "aspect_ratio": "1:1"
                        },
                        "user_prompt": "dog",
                        "width": 1024
                      }
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/IdeogramWebTaskResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "error": {
                      "message": "task_not_exist",
                      "type": "invalid_request_error",
                      "param": "id",
                      "code": "task_not_exist"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "by-request-id",
                "value": {
                  "request_id": "QGvBNC-SReSCnZ7y-hnYbg"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/IdeogramWebTaskRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "request_id": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "taskRole": {
        "family": "ideogram-web",
        "role": "poll",
        "input": {
          "in": "body",
          "name": "request_id"
        }
      },
      "errorShape": "ideogramWebGetTask",
      "pollTemplate": {
        "base": {
          "sampling_requests": [
            {
              "aspect_ratio": "1:1",
              "can_upscale": true,
              "completion_percentage": 100,
              "cover_response_id": "I0KkrjcfQH6bqJVz2Prp9g",
              "creation_time_float": 1730039726.950963,
              "has_started": true,
              "height": 1024,
              "is_completed": false,
              "model_version": "V_0_3",
              "private": true,
              "request_id": "QGvBNC-SReSCnZ7y-hnYbg",
              "request_type": "TEXT_TO_IMAGE",
              "resolution": 1024,
              "responses": [],
              "sampling_speed": 0,
              "seed": 1406040949,
              "user": {
                "badge": null,
                "display_handle": "sunny_painter",
                "photo_url": "https://cdn.example.com/avatars/sunny_painter.png",
                "subscription_plan_id": "o-sIa28SQSGZzKlMLZjDkA",
                "user_id": "UMxfIhU5TTCDP0SRr4eISQ"
              },
              "user_hparams": {
                "aspect_ratio": "1:1"
              },
              "user_prompt": "dog",
              "width": 1024
            }
          ]
        },
        "results": [
          {
            "pointer": "/sampling_requests/0/responses",
            "value": [
              {
                "cover": true,
                "descriptions": [],
                "highest_fidelity": true,
                "is_autoprompt": true,
                "num_likes": 0,
                "num_remixes": 0,
                "prompt": "A golden retriever bounding through tall green grass under a bright blue sky",
                "response_id": "I0KkrjcfQH6bqJVz2Prp9g",
                "image_url": "https://cdn.example.com/ideogram/response/I0KkrjcfQH6bqJVz2Prp9g",
                "self_like": false
              },
              {
                "cover": false,
                "descriptions": [],
                "highest_fidelity": false,
                "is_autoprompt": true,
                "num_likes": 0,
                "num_remixes": 0,
                "prompt": "A fluffy brown and white puppy on a lawn with a toy in its mouth",
                "response_id": "McW1NqFVTJCAgQKaLz2AMA",
                "self_like": false
              }
            ]
          }
        ],
        "errors": {},
        "properties": [
          "sampling_requests"
        ]
      }
    },
    {
      "operationId": "ideogramWebGenerate",
      "method": "post",
      "path": "/api/ideogram/generate",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "Access-Token",
          "in": "header",
          "required": false,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "accepted",
                  "value": {
                    "request_id": "QGvBNC-SReSCnZ7y-hnYbg"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/IdeogramWebSubmitResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "dog",
                "value": {
                  "prompt": "dog",
                  "aspect_ratio": "1:1",
                  "model_version": "V_0_3",
                  "private": true,
                  "use_autoprompt_option": "AUTO",
                  "sampling_speed": 0
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/IdeogramWebGenerateRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "aspect_ratio": {
                  "types": [
                    "string"
                  ]
                },
                "model_version": {
                  "types": [
                    "string"
                  ]
                },
                "style_type": {
                  "types": [
                    "string"
                  ]
                },
                "private": {
                  "types": [
                    "boolean"
                  ]
                },
                "use_autoprompt_option": {
                  "types": [
                    "string"
                  ]
                },
                "sampling_speed": {
                  "types": [
                    "integer"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "ideogram-web",
        "idPointer": "/request_id",
        "pollOperationId": "ideogramWebGetTask"
      },
      "errorShape": "ideogramWebGenerate"
    },
    {
      "operationId": "ideogramWebRemix",
      "method": "post",
      "path": "/api/ideogram/remix",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "Access-Token",
          "in": "header",
          "required": false,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "accepted",
                  "value": {
                    "request_id": "Rm1xQ2-TfWbHkP9a-LzqKw"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/IdeogramWebSubmitResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "remix-sketch",
                "value": {
                  "prompt": "A finished 3D render of this sketch of a treehouse, golden hour",
                  "image": "https://cdn.example.com/inputs/treehouse-sketch.png",
                  "image_weight": 50,
                  "aspect_ratio": "1:1"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/IdeogramWebRemixRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "image": {
                  "types": [
                    "string"
                  ]
                },
                "image_weight": {
                  "types": [
                    "integer"
                  ]
                },
                "aspect_ratio": {
                  "types": [
                    "string"
                  ]
                },
                "model_version": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "ideogram-web",
        "idPointer": "/request_id",
        "pollOperationId": "ideogramWebGetTask"
      },
      "errorShape": "ideogramWebRemix"
    },
    {
      "operationId": "ideogramWebUpscale",
      "method": "post",
      "path": "/api/ideogram/upscale",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "Access-Token",
          "in": "header",
          "required": false,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "accepted",
                  "value": {
                    "request_id": "Up8zKd-QeR2mYt5v-Nw0Hg"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/IdeogramWebSubmitResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "upscale-cover",
                "value": {
                  "response_id": "I0KkrjcfQH6bqJVz2Prp9g",
                  "resemblance": 55,
                  "detail": 50
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/IdeogramWebUpscaleRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "response_id": {
                  "types": [
                    "string"
                  ]
                },
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "resemblance": {
                  "types": [
                    "integer"
                  ]
                },
                "detail": {
                  "types": [
                    "integer"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "ideogram-web",
        "idPointer": "/request_id",
        "pollOperationId": "ideogramWebGetTask"
      },
      "errorShape": "ideogramWebUpscale"
    },
    {
      "operationId": "ideogramWebDescribe",
      "method": "post",
      "path": "/api/ideogram/describe",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "Access-Token",
          "in": "header",
          "required": false,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "described",
                  "value": {
                    "descriptions": [
                      {
                        "text": "A busy night market street lit by red lanterns, food stalls with steam rising, people walking."
                      }
                    ]
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/IdeogramWebDescribeResponse"
              }
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "error": {
                      "message": "prompt is required",
                      "type": "invalid_request_error",
                      "param": "prompt",
                      "code": null
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "403",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "quota-exhausted",
                  "value": {
                    "error": {
                      "message": "Your token quota has been exhausted.",
                      "type": "insufficient_quota",
                      "param": null,
                      "code": "insufficient_user_quota"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "rate-limited",
                  "value": {
                    "error": {
                      "message": "Rate limit reached, please try again later.",
                      "type": "rate_limit_error",
                      "param": null,
                      "code": "rate_limit_exceeded"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "upstream-failure",
                  "value": {
                    "error": {
                      "message": "upstream error: bad response status code 502",
                      "type": "upstream_error",
                      "param": null,
                      "code": "bad_response_status_code"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "describe-url",
                "value": {
                  "image": "https://cdn.example.com/inputs/night-market.jpg"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/IdeogramWebDescribeRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "image": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "errorShape": "ideogramWebDescribe"
    },
    {
      "operationId": "klingCreateImageGeneration",
      "method": "post",
      "path": "/kling/v1/images/generations",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "submitted",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjhR7WdVRdkAAAAAA7Hm5Q",
                    "data": {
                      "task_id": "CjhR7WdVRdkAAAAAA7Hm5Q",
                      "task_status": "submitted",
                      "created_at": 1732701234567,
                      "updated_at": 1732701234567
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingSubmitResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "code": 1201,
                    "message": "Invalid parameter: prompt length exceeds 500",
                    "request_id": "CjhR7WdVRdkAAAAAA7Hn0A"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "too-many-tasks",
                  "value": {
                    "code": 1303,
                    "message": "parallel task over resource pack limit",
                    "request_id": "CjhR7WdVRdkAAAAAA7Hn1B"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "server-error",
                  "value": {
                    "code": 5000,
                    "message": "internal server error",
                    "request_id": "CjhR7WdVRdkAAAAAA7Hn2C"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "two-images",
                "value": {
                  "model_name": "kling-v1",
                  "prompt": "A paper-craft diorama of a mountain village in winter, soft light",
                  "negative_prompt": "text, watermark",
                  "n": 2,
                  "aspect_ratio": "1:1"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/KlingImageGenerationRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "model_name": {
                  "types": [
                    "string"
                  ]
                },
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "negative_prompt": {
                  "types": [
                    "string"
                  ]
                },
                "image": {
                  "types": [
                    "string"
                  ]
                },
                "image_reference": {
                  "types": [
                    "string"
                  ]
                },
                "image_fidelity": {
                  "types": [
                    "number"
                  ]
                },
                "human_fidelity": {
                  "types": [
                    "number"
                  ]
                },
                "n": {
                  "types": [
                    "integer"
                  ]
                },
                "aspect_ratio": {
                  "types": [
                    "string"
                  ]
                },
                "callback_url": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "kling",
        "idPointer": "/data/task_id",
        "pollOperationId": "klingGetImageGenerationTask"
      },
      "errorShape": "klingCreateImageGeneration"
    },
    {
      "operationId": "klingGetImageGenerationTask",
      "method": "get",
      "path": "/kling/v1/images/generations/{task_id}",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "task_id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "processing",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjhR7WdVRdkAAAAAA7Hq3D",
                    "data": {
                      "task_id": "CjhR7WdVRdkAAAAAA7Hm5Q",
                      "task_status": "processing",
                      "created_at": 1732701234567,
                      "updated_at": 1732701240112
                    }
                  }
                },
                {
                  "name": "succeed",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjhR7WdVRdkAAAAAA7Hr4E",
                    "data": {
                      "task_id": "CjhR7WdVRdkAAAAAA7Hm5Q",
                      "task_status": "succeed",
                      "task_status_msg": "",
                      "created_at": 1732701234567,
                      "updated_at": 1732701262890,
                      "task_result": {
                        "images": [
                          {
                            "index": 0,
                            "url": "https://cdn.example.com/kling/images/CjhR7WdVRdkAAAAAA7Hm5Q-0.png"
                          },
                          {
                            "index": 1,
                            "url": "https://cdn.example.com/kling/images/CjhR7WdVRdkAAAAAA7Hm5Q-1.png"
                          }
                        ]
                      }
                    }
                  }
                },
                {
                  "name": "failed",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjhR7WdVRdkAAAAAA7Hs5F",
                    "data": {
                      "task_id": "CjhR7WdVRdkAAAAAA7Hm5Q",
                      "task_status": "failed",
                      "task_status_msg": "Failure to pass the risk control system",
                      "created_at": 1732701234567,
                      "updated_at": 1732701251003
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingTaskResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "code": 1203,
                    "message": "task not found",
                    "request_id": "CjhR7WdVRdkAAAAAA7Ht6G"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "server-error",
                  "value": {
                    "code": 5000,
                    "message": "internal server error",
                    "request_id": "CjhR7WdVRdkAAAAAA7Hu7H"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "kling",
        "role": "poll",
        "input": {
          "in": "path",
          "name": "task_id"
        }
      },
      "errorShape": "klingGetImageGenerationTask",
      "pollTemplate": {
        "base": {
          "code": 0,
          "message": "SUCCEED",
          "request_id": "CjhR7WdVRdkAAAAAA7Hr4E",
          "data": {
            "task_id": "CjhR7WdVRdkAAAAAA7Hm5Q",
            "task_status": "submitted",
            "task_status_msg": "",
            "created_at": 1732701234567,
            "updated_at": 1732701262890
          }
        },
        "results": [
          {
            "pointer": "/data/task_result",
            "value": {
              "images": [
                {
                  "index": 0,
                  "url": "https://cdn.example.com/kling/images/CjhR7WdVRdkAAAAAA7Hm5Q-0.png"
                },
                {
                  "index": 1,
                  "url": "https://cdn.example.com/kling/images/CjhR7WdVRdkAAAAAA7Hm5Q-1.png"
                }
              ]
            }
          },
          {
            "pointer": "/data/task_result",
            "value": {
              "images": [
                {
                  "index": 0,
                  "url": "https://cdn.example.com/kling/images/CjhR7WdVRdkAAAAAA7Hm5Q-0.png"
                },
                {
                  "index": 1,
                  "url": "https://cdn.example.com/kling/images/CjhR7WdVRdkAAAAAA7Hm5Q-1.png"
                }
              ]
            }
          }
        ],
        "errors": {
          "succeeded": "",
          "failed": "Failure to pass the risk control system"
        },
        "properties": [
          "code",
          "message",
          "request_id",
          "data"
        ]
      }
    },
    {
      "operationId": "klingCreateText2Video",
      "method": "post",
      "path": "/kling/v1/videos/text2video",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "submitted",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjMKo2dVRdkAAAAAA5QPcQ",
                    "data": {
                      "task_id": "CjMKo2dVRdkAAAAAA5QPcQ",
                      "task_status": "submitted",
                      "created_at": 1732700123456,
                      "updated_at": 1732700123456
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingSubmitResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "code": 1201,
                    "message": "Invalid parameter: duration must be 5 or 10",
                    "request_id": "CjMKo2dVRdkAAAAAA5QPd0"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "too-many-tasks",
                  "value": {
                    "code": 1303,
                    "message": "parallel task over resource pack limit",
                    "request_id": "CjMKo2dVRdkAAAAAA5QPe1"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "server-error",
                  "value": {
                    "code": 5000,
                    "message": "internal server error",
                    "request_id": "CjMKo2dVRdkAAAAAA5QPf2"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "pro-camera",
                "value": {
                  "model_name": "kling-v1",
                  "prompt": "A hummingbird hovering at a red flower, slow motion, shallow depth of field",
                  "negative_prompt": "blurry, distorted",
                  "cfg_scale": 0.5,
                  "mode": "pro",
                  "camera_control": {
                    "type": "simple",
                    "config": {
                      "horizontal": 0,
                      "vertical": 0,
                      "pan": 0,
                      "tilt": 0,
                      "roll": 0,
                      "zoom": 5
                    }
                  },
                  "aspect_ratio": "16:9",
                  "duration": "5",
                  "external_task_id": "order-20241127-0042"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/KlingText2VideoRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "model_name": {
                  "types": [
                    "string"
                  ]
                },
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "negative_prompt": {
                  "types": [
                    "string"
                  ]
                },
                "cfg_scale": {
                  "types": [
                    "number"
                  ]
                },
                "mode": {
                  "types": [
                    "string"
                  ]
                },
                "camera_control": {
                  "types": [
                    "object"
                  ]
                },
                "aspect_ratio": {
                  "types": [
                    "string"
                  ]
                },
                "duration": {
                  "types": [
                    "string"
                  ]
                },
                "callback_url": {
                  "types": [
                    "string"
                  ]
                },
                "external_task_id": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "kling",
        "idPointer": "/data/task_id",
        "pollOperationId": "klingGetText2VideoTask"
      },
      "errorShape": "klingCreateText2Video"
    },
    {
      "operationId": "klingGetText2VideoTask",
      "method": "get",
      "path": "/kling/v1/videos/text2video/{task_id}",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "task_id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "submitted",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjMKo2dVRdkAAAAAA5QPg3",
                    "data": {
                      "task_id": "CjMKo2dVRdkAAAAAA5QPcQ",
                      "task_status": "submitted",
                      "created_at": 1732700123456,
                      "updated_at": 1732700123456
                    }
                  }
                },
                {
                  "name": "processing",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjMKo2dVRdkAAAAAA5QPh4",
                    "data": {
                      "task_id": "CjMKo2dVRdkAAAAAA5QPcQ",
                      "task_status": "processing",
                      "created_at": 1732700123456,
                      "updated_at": 1732700150201
                    }
                  }
                },
                {
                  "name": "succeed",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjMKo2dVRdkAAAAAA5QPi5",
                    "data": {
                      "task_id": "CjMKo2dVRdkAAAAAA5QPcQ",
                      "task_status": "succeed",
                      "task_status_msg": "",
                      "created_at": 1732700123456,
                      "updated_at": 1732700412778,
                      "task_result": {
                        "videos": [
                          {
                            "id": "8e1f4c3a-2b6d-4f7e-9a0b-1c2d3e4f5a6b",
                            "url": "https://cdn.example.com/kling/videos/CjMKo2dVRdkAAAAAA5QPcQ.mp4",
                            "duration": "5.1"
                          }
                        ]
                      }
                    }
                  }
                },
                {
                  "name": "failed",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjMKo2dVRdkAAAAAA5QPj6",
                    "data": {
                      "task_id": "CjMKo2dVRdkAAAAAA5QPcQ",
                      "task_status": "failed",
                      "task_status_msg": "Failure to pass the risk control system",
                      "created_at": 1732700123456,
                      "updated_at": 1732700160309
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingTaskResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "code": 1203,
                    "message": "task not found",
                    "request_id": "CjMKo2dVRdkAAAAAA5QPk7"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "server-error",
                  "value": {
                    "code": 5000,
                    "message": "internal server error",
                    "request_id": "CjMKo2dVRdkAAAAAA5QPl8"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "kling",
        "role": "poll",
        "input": {
          "in": "path",
          "name": "task_id"
        }
      },
      "errorShape": "klingGetText2VideoTask",
      "pollTemplate": {
        "base": {
          "code": 0,
          "message": "SUCCEED",
          "request_id": "CjMKo2dVRdkAAAAAA5QPi5",
          "data": {
            "task_id": "CjMKo2dVRdkAAAAAA5QPcQ",
            "task_status": "submitted",
            "task_status_msg": "",
            "created_at": 1732700123456,
            "updated_at": 1732700412778
          }
        },
        "results": [
          {
            "pointer": "/data/task_result",
            "value": {
              "videos": [
                {
                  "id": "8e1f4c3a-2b6d-4f7e-9a0b-1c2d3e4f5a6b",
                  "url": "https://cdn.example.com/kling/videos/CjMKo2dVRdkAAAAAA5QPcQ.mp4",
                  "duration": "5.1"
                }
              ]
            }
          },
          {
            "pointer": "/data/task_result",
            "value": {
              "videos": [
                {
                  "id": "8e1f4c3a-2b6d-4f7e-9a0b-1c2d3e4f5a6b",
                  "url": "https://cdn.example.com/kling/videos/CjMKo2dVRdkAAAAAA5QPcQ.mp4",
                  "duration": "5.1"
                }
              ]
            }
          }
        ],
        "errors": {
          "succeeded": "",
          "failed": "Failure to pass the risk control system"
        },
        "properties": [
          "code",
          "message",
          "request_id",
          "data"
        ]
      }
    },
    {
      "operationId": "klingCreateImage2Video",
      "method": "post",
      "path": "/kling/v1/videos/image2video",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "submitted",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjikY2dVRdkAAAAAA6Wy1g",
                    "data": {
                      "task_id": "CjikY2dVRdkAAAAAA6Wy1g",
                      "task_status": "submitted",
                      "created_at": 1732700998877,
                      "updated_at": 1732700998877
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingSubmitResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "400",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-parameter",
                  "value": {
                    "code": 1201,
                    "message": "Invalid parameter: image is required",
                    "request_id": "CjikY2dVRdkAAAAAA6Wy2h"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "429",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "too-many-tasks",
                  "value": {
                    "code": 1303,
                    "message": "parallel task over resource pack limit",
                    "request_id": "CjikY2dVRdkAAAAAA6Wy3i"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "server-error",
                  "value": {
                    "code": 5000,
                    "message": "internal server error",
                    "request_id": "CjikY2dVRdkAAAAAA6Wy4j"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "requestBody": {
        "required": true,
        "contents": [
          {
            "mediaType": "application/json",
            "kind": "json",
            "examples": [
              {
                "name": "start-and-end",
                "value": {
                  "model_name": "kling-v1",
                  "image": "https://cdn.example.com/inputs/cup-empty.jpg",
                  "image_tail": "https://cdn.example.com/inputs/cup-full.jpg",
                  "prompt": "Coffee is poured into the cup, steam rising",
                  "mode": "std",
                  "duration": "5"
                }
              },
              {
                "name": "motion-brush",
                "value": {
                  "model_name": "kling-v1",
                  "image": "https://cdn.example.com/inputs/harbor.jpg",
                  "prompt": "The boat drifts slowly to the right",
                  "static_mask": "https://cdn.example.com/inputs/harbor-static-mask.png",
                  "dynamic_masks": [
                    {
                      "mask": "https://cdn.example.com/inputs/harbor-boat-mask.png",
                      "trajectories": [
                        {
                          "x": 279,
                          "y": 219
                        },
                        {
                          "x": 417,
                          "y": 231
                        }
                      ]
                    }
                  ],
                  "duration": "5"
                }
              }
            ],
            "schema": {
              "$ref": "#/$defs/KlingImage2VideoRequest"
            },
            "coerce": {
              "types": [
                "object"
              ],
              "properties": {
                "model_name": {
                  "types": [
                    "string"
                  ]
                },
                "image": {
                  "types": [
                    "string"
                  ]
                },
                "image_tail": {
                  "types": [
                    "string"
                  ]
                },
                "prompt": {
                  "types": [
                    "string"
                  ]
                },
                "negative_prompt": {
                  "types": [
                    "string"
                  ]
                },
                "cfg_scale": {
                  "types": [
                    "number"
                  ]
                },
                "mode": {
                  "types": [
                    "string"
                  ]
                },
                "static_mask": {
                  "types": [
                    "string"
                  ]
                },
                "dynamic_masks": {
                  "types": [
                    "array"
                  ],
                  "items": {
                    "types": [
                      "object"
                    ]
                  }
                },
                "duration": {
                  "types": [
                    "string"
                  ]
                },
                "callback_url": {
                  "types": [
                    "string"
                  ]
                },
                "external_task_id": {
                  "types": [
                    "string"
                  ]
                }
              }
            }
          }
        ]
      },
      "submit": {
        "family": "kling",
        "idPointer": "/data/task_id",
        "pollOperationId": "klingGetImage2VideoTask"
      },
      "errorShape": "klingCreateImage2Video"
    },
    {
      "operationId": "klingGetImage2VideoTask",
      "method": "get",
      "path": "/kling/v1/videos/image2video/{task_id}",
      "security": [
        [
          "bearerAuth"
        ]
      ],
      "parameters": [
        {
          "name": "task_id",
          "in": "path",
          "required": true,
          "style": "simple",
          "explode": false,
          "schema": {
            "type": "string"
          },
          "coerce": {
            "types": [
              "string"
            ]
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "isError": false,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "processing",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjikY2dVRdkAAAAAA6Wy5k",
                    "data": {
                      "task_id": "CjikY2dVRdkAAAAAA6Wy1g",
                      "task_status": "processing",
                      "created_at": 1732700998877,
                      "updated_at": 1732701011223
                    }
                  }
                },
                {
                  "name": "succeed",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjikY2dVRdkAAAAAA6Wy6l",
                    "data": {
                      "task_id": "CjikY2dVRdkAAAAAA6Wy1g",
                      "task_status": "succeed",
                      "task_status_msg": "",
                      "created_at": 1732700998877,
                      "updated_at": 1732701290456,
                      "task_result": {
                        "videos": [
                          {
                            "id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                            "url": "https://cdn.example.com/kling/videos/CjikY2dVRdkAAAAAA6Wy1g.mp4",
                            "duration": "5.1"
                          }
                        ]
                      }
                    }
                  }
                },
                {
                  "name": "failed",
                  "value": {
                    "code": 0,
                    "message": "SUCCEED",
                    "request_id": "CjikY2dVRdkAAAAAA6Wy7m",
                    "data": {
                      "task_id": "CjikY2dVRdkAAAAAA6Wy1g",
                      "task_status": "failed",
                      "task_status_msg": "Image recognition failed: the start image could not be processed",
                      "created_at": 1732700998877,
                      "updated_at": 1732701030004
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingTaskResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "401",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "invalid-key",
                  "value": {
                    "error": {
                      "message": "Invalid token provided.",
                      "type": "authentication_error",
                      "param": null,
                      "code": "invalid_api_key"
                    }
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/RelayErrorEnvelope"
              },
              "messageAt": "/error/message"
            }
          ]
        },
        {
          "status": "404",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "task-not-found",
                  "value": {
                    "code": 1203,
                    "message": "task not found",
                    "request_id": "CjikY2dVRdkAAAAAA6Wy8n"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        },
        {
          "status": "500",
          "isError": true,
          "headers": [],
          "contents": [
            {
              "mediaType": "application/json",
              "kind": "json",
              "examples": [
                {
                  "name": "server-error",
                  "value": {
                    "code": 5000,
                    "message": "internal server error",
                    "request_id": "CjikY2dVRdkAAAAAA6Wy9o"
                  }
                }
              ],
              "schema": {
                "$ref": "#/$defs/KlingErrorResponse"
              },
              "messageAt": "/message"
            }
          ]
        }
      ],
      "callbacks": [],
      "taskRole": {
        "family": "kling",
        "role": "poll",
        "input": {
          "in": "path",
          "name": "task_id"
        }
      },
      "errorShape": "klingGetImage2VideoTask",
      "pollTemplate": {
        "base": {
          "code": 0,
          "message": "SUCCEED",
          "request_id": "CjikY2dVRdkAAAAAA6Wy6l",
          "data": {
            "task_id": "CjikY2dVRdkAAAAAA6Wy1g",
            "task_status": "submitted",
            "task_status_msg": "",
            "created_at": 1732700998877,
            "updated_at": 1732701290456
          }
        },
        "results": [
          {
            "pointer": "/data/task_result",
            "value": {
              "videos": [
                {
                  "id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                  "url": "https://cdn.example.com/kling/videos/CjikY2dVRdkAAAAAA6Wy1g.mp4",
                  "duration": "5.1"
                }
              ]
            }
          },
          {
            "pointer": "/data/task_result",
            "value": {
              "videos": [
                {
                  "id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                  "url": "https://cdn.example.com/kling/videos/CjikY2dVRdkAAAAAA6Wy1g.mp4",
                  "duration": "5.1"
                }
              ]
            }
          }
        ],
        "errors": {
          "succeeded": "",
          "failed": "Image recognition failed: the start image could not be processed"
        },
        "properties": [
          "code",
          "message",
          "request_id",
          "data"
        ]
      }
    }
  ],
  "taskFamilies": [
    {
      "name": "flux",
      "status": "/status",
      "result": [
        "/result/sample"
      ],
      "states": {
        "queued": [],
        "running": [
          "Pending"
        ],
        "succeeded": [
          "Ready"
        ],
        "failed": [
          "Error",
          "Request Moderated",
          "Content Moderated",
          "Task not found"
        ],
        "cancelled": []
      },
      "shown": {
        "queued": "Pending",
        "running": "Pending",
        "succeeded": "Ready",
        "failed": "Error",
        "cancelled": "Error"
      },
      "intervalMs": 2000,
      "taskId": "/id",
      "exampleIds": [
        "3c6f2b8e-9a41-4d7b-8f5e-1b2c3d4e5f60",
        "9d8e7f6a-5b4c-4d3e-a2f1-0e9d8c7b6a59",
        "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
        "00000000-0000-4000-8000-000000000000"
      ]
    },
    {
      "name": "ideogram-web",
      "status": "/sampling_requests/0/is_completed",
      "result": [
        "/sampling_requests/0/responses"
      ],
      "states": {
        "queued": [],
        "running": [
          false
        ],
        "succeeded": [
          true
        ],
        "failed": [],
        "cancelled": []
      },
      "shown": {
        "queued": false,
        "running": false,
        "succeeded": true,
        "failed": false,
        "cancelled": false
      },
      "intervalMs": 3000,
      "progress": {
        "pointer": "/sampling_requests/0/completion_percentage",
        "scale": "percent"
      },
      "taskId": "/sampling_requests/0/request_id",
      "exampleIds": [
        "QGvBNC-SReSCnZ7y-hnYbg",
        "Rm1xQ2-TfWbHkP9a-LzqKw",
        "Up8zKd-QeR2mYt5v-Nw0Hg"
      ]
    },
    {
      "name": "kling",
      "status": "/data/task_status",
      "result": [
        "/data/task_result/videos",
        "/data/task_result/images"
      ],
      "states": {
        "queued": [
          "submitted"
        ],
        "running": [
          "processing"
        ],
        "succeeded": [
          "succeed"
        ],
        "failed": [
          "failed"
        ],
        "cancelled": []
      },
      "shown": {
        "queued": "submitted",
        "running": "processing",
        "succeeded": "succeed",
        "failed": "failed",
        "cancelled": "failed"
      },
      "intervalMs": 5000,
      "error": "/data/task_status_msg",
      "taskId": "/data/task_id",
      "exampleIds": [
        "CjhR7WdVRdkAAAAAA7Hm5Q",
        "CjMKo2dVRdkAAAAAA5QPcQ",
        "CjikY2dVRdkAAAAAA6Wy1g"
      ]
    },
    {
      "name": "luma",
      "status": "/state",
      "result": [
        "/video/url"
      ],
      "states": {
        "queued": [
          "pending",
          "queued"
        ],
        "running": [
          "processing",
          "dreaming"
        ],
        "succeeded": [
          "completed"
        ],
        "failed": [
          "failed"
        ],
        "cancelled": []
      },
      "shown": {
        "queued": "pending",
        "running": "processing",
        "succeeded": "completed",
        "failed": "failed",
        "cancelled": "failed"
      },
      "intervalMs": 5000,
      "taskId": "/id",
      "exampleIds": [
        "4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d",
        "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
        "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"
      ]
    },
    {
      "name": "midjourney",
      "status": "/status",
      "result": [
        "/imageUrl"
      ],
      "states": {
        "queued": [
          "NOT_START",
          "SUBMITTED"
        ],
        "running": [
          "IN_PROGRESS",
          "MODAL"
        ],
        "succeeded": [
          "SUCCESS"
        ],
        "failed": [
          "FAILURE"
        ],
        "cancelled": [
          "CANCEL"
        ]
      },
      "shown": {
        "queued": "NOT_START",
        "running": "IN_PROGRESS",
        "succeeded": "SUCCESS",
        "failed": "FAILURE",
        "cancelled": "CANCEL"
      },
      "intervalMs": 3000,
      "progress": {
        "pointer": "/progress",
        "scale": "percent-string"
      },
      "error": "/failReason",
      "taskId": "/id",
      "exampleIds": [
        "1730625012245871",
        "1730621802217765",
        "1730622031458870",
        "1730622140063514",
        "1730621718151844",
        "1730622419902231",
        "1730622588310467",
        "1730622355812093"
      ]
    },
    {
      "name": "runway",
      "status": "/status",
      "result": [
        "/output"
      ],
      "states": {
        "queued": [
          "PENDING",
          "THROTTLED"
        ],
        "running": [
          "RUNNING"
        ],
        "succeeded": [
          "SUCCEEDED"
        ],
        "failed": [
          "FAILED"
        ],
        "cancelled": [
          "CANCELLED"
        ]
      },
      "shown": {
        "queued": "PENDING",
        "running": "RUNNING",
        "succeeded": "SUCCEEDED",
        "failed": "FAILED",
        "cancelled": "CANCELLED"
      },
      "intervalMs": 5000,
      "progress": {
        "pointer": "/progress",
        "scale": "fraction"
      },
      "error": "/failure",
      "taskId": "/id",
      "exampleIds": [
        "17f20503-6c24-4c16-946b-35dbbce2af2f"
      ]
    },
    {
      "name": "suno-v30",
      "status": "/data/status",
      "result": [
        "/data/clips"
      ],
      "states": {
        "queued": [
          "pending"
        ],
        "running": [
          "processing"
        ],
        "succeeded": [
          "completed"
        ],
        "failed": [
          "failed"
        ],
        "cancelled": []
      },
      "shown": {
        "queued": "pending",
        "running": "processing",
        "succeeded": "completed",
        "failed": "failed",
        "cancelled": "failed"
      },
      "intervalMs": 5000,
      "taskId": "/data/task_id",
      "exampleIds": [
        "6f0e3c2a-9b1d-4c8e-8a47-2d5f1e9b7c31",
        "e3a1f9c7-2b4d-4f60-8c19-5a7e3d2b1c90"
      ]
    },
    {
      "name": "suno-v35",
      "status": "/data/status",
      "result": [
        "/data/clips"
      ],
      "states": {
        "queued": [
          "pending"
        ],
        "running": [
          "processing"
        ],
        "succeeded": [
          "completed"
        ],
        "failed": [
          "failed"
        ],
        "cancelled": []
      },
      "shown": {
        "queued": "pending",
        "running": "processing",
        "succeeded": "completed",
        "failed": "failed",
        "cancelled": "failed"
      },
      "intervalMs": 5000,
      "taskId": "/data/task_id",
      "exampleIds": [
        "b7d2e4f1-3a5c-4e9b-8f12-7c6a5d4e3b21"
      ]
    }
  ],
  "checkSchemas": {
    "files": {
      "CreateTranscriptionRequest": {
        "type": "object",
        "properties": {
          "file": {
            "x-mock-file": true
          },
          "model": {
            "type": "string"
          },
          "language": {
            "type": "string",
            "pattern": "^[a-z]{2}$"
          },
          "prompt": {
            "type": "string"
          },
          "response_format": {
            "$ref": "#/$defs/AudioResponseFormat"
          },
          "temperature": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          },
          "timestamp_granularities[]": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "word",
                "segment"
              ]
            }
          }
        },
        "required": [
          "file",
          "model"
        ]
      },
      "CreateTranslationRequest": {
        "type": "object",
        "properties": {
          "file": {
            "x-mock-file": true
          },
          "model": {
            "type": "string"
          },
          "prompt": {
            "type": "string"
          },
          "response_format": {
            "$ref": "#/$defs/AudioResponseFormat"
          },
          "temperature": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          }
        },
        "required": [
          "file",
          "model"
        ]
      },
      "IdeogramDescribeRequest": {
        "type": "object",
        "properties": {
          "image_file": {
            "x-mock-file": true
          }
        },
        "required": [
          "image_file"
        ]
      },
      "IdeogramRemixRequest": {
        "type": "object",
        "properties": {
          "image_request": {
            "$ref": "#/$defs/IdeogramRemixImageRequest"
          },
          "image_file": {
            "x-mock-file": true
          }
        },
        "required": [
          "image_request",
          "image_file"
        ]
      },
      "IdeogramUpscaleRequest": {
        "type": "object",
        "properties": {
          "image_request": {
            "$ref": "#/$defs/IdeogramUpscaleImageRequest"
          },
          "image_file": {
            "x-mock-file": true
          }
        },
        "required": [
          "image_request",
          "image_file"
        ]
      },
      "RecraftCreateStyleRequest": {
        "type": "object",
        "properties": {
          "style": {
            "$ref": "#/$defs/RecraftBaseStyle"
          },
          "file": {
            "type": "array",
            "items": {
              "x-mock-file": true
            },
            "minItems": 1,
            "maxItems": 5
          }
        },
        "required": [
          "style",
          "file"
        ]
      },
      "RecraftImageFileRequest": {
        "type": "object",
        "properties": {
          "file": {
            "x-mock-file": true
          },
          "response_format": {
            "type": "string",
            "enum": [
              "url",
              "b64_json"
            ]
          }
        },
        "required": [
          "file"
        ]
      },
      "StabilitySd3Request": {
        "type": "object",
        "properties": {
          "prompt": {
            "type": "string",
            "minLength": 1,
            "maxLength": 10000
          },
          "mode": {
            "type": "string",
            "enum": [
              "text-to-image",
              "image-to-image"
            ]
          },
          "image": {
            "x-mock-file": true
          },
          "strength": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          },
          "aspect_ratio": {
            "$ref": "#/$defs/StabilityAspectRatio"
          },
          "model": {
            "type": "string",
            "enum": [
              "sd3-large",
              "sd3-large-turbo",
              "sd3-medium",
              "sd3",
              "sd3-turbo"
            ]
          },
          "seed": {
            "type": "integer",
            "minimum": 0,
            "maximum": 4294967294
          },
          "output_format": {
            "type": "string",
            "enum": [
              "png",
              "jpeg"
            ]
          },
          "negative_prompt": {
            "type": "string",
            "maxLength": 10000
          }
        },
        "required": [
          "prompt"
        ]
      }
    }
  }
}`);
