from .microphone import Microphone
from .local_audio_player import LocalAudioPlayer

__all__ = ["Microphone", "LocalAudioPlayer"]
