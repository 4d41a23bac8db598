"""Fixtures for the library and writer's-tools tests: a model speech, plain static files (personas from tests.personas)."""

from __future__ import annotations

import pytest

#: A short model speech in the seed's style: 第…个问题, 一是, ——, （一）, and placeholders.
SPEECH = [
    "同志们：",
    "这次会议的主要任务是认真贯彻落实省委X届X次全会精神，谋划今后一个时期的工作。",
    "第一个问题：加快发展的信心要更加坚定",
    "一是来自于外部环境蕴藏的重大机遇。XX区作为XX省XX个重点县之一，精准扶贫建档立卡XX万户XX万人，贫困发生率XX%。",
    "二是来自于我们长期打下的工作基础。已建成X个园区，入驻企业X家，农业增加值达XX亿元。",
    "第二个问题：加快发展的思路要更加清晰",
    "——三大战略行动。突出抓好大扶贫、大数据、大健康三大战略行动，推动XX区实现新跨越。",
    "（一）要打好精准扶贫这场攻坚战。目前全区尚有贫困乡镇XX个，确保转移就业脱贫XX万人。",
    "——四条新路。",
    "一是山地特色产业生态路。到20XX年，全区森林覆盖率达到60%以上。",
    "二是山地特色现代农业路。全区特色农业种植面积达X万亩。",
    "第三个问题：加快发展的举措要更加有效",
    "一是牢牢抓住发展第一要务不放松。发展是硬道理，是解决我区所有问题的关键。",
    "二是大力推进结构性改革。要用改革的办法推进结构调整，减少无效和低端供给。",
    "第四个问题：加快发展的氛围要更加浓厚",
    "全区广大干部要以更大的力度解放思想，以更好的作风狠抓落实，为加快XX区发展奠定坚实基础。",
    "同志们，今年XX区的各项工作千头万绪，发展任务十分繁重，希望大家认真抓好落实。",
]


@pytest.fixture(autouse=True)
def _fresh_keyword_df():
    from django.core.cache import cache

    from haowen.library import tagging

    tagging.clear_cache()
    cache.clear()
    yield
    tagging.clear_cache()
    cache.clear()


@pytest.fixture
def speech(make_article):
    """A free-to-read model speech."""
    return make_article(title="在区委务虚会上的讲话", body=SPEECH, kind="speech", access_level="free", index=False)
