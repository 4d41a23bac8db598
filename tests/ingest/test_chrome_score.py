"""The per-line chrome score (haowen/ingest/cleaning/score.py): its features, its stored
weights, and the decision it adds to the cleaner's rules. Inputs are our own."""

import json
import math

import pytest

from haowen.ingest.clean import clean_document
from haowen.ingest.cleaning import score

PAGE = [
    "首页 > 办事指南 > 通知",
    "关于做好冬季供暖设施检修工作的通知",
    "各街道办事处：",
    "为保障群众温暖过冬，现就做好今冬供暖设施检修工作通知如下。",
    "请各单位于十一月十日前完成管网巡查，发现问题及时上报。",
    "松桥区住房和城乡建设局",
    "2031年10月8日",
    "服务热线：400-820-1234　网站地址：www.songqiao-example.cn",
]


def test_every_feature_is_made_for_an_ordinary_line_and_each_value_is_a_bounded_number():
    feats = score.line_features(PAGE, "关于做好冬季供暖设施检修工作的通知")
    # Sentences, the signature and the date line are the document's: never scored.
    assert feats[3] is None and feats[4] is None and feats[5] is None and feats[6] is None
    for k, f in enumerate(feats):
        if k in (3, 4, 5, 6):
            continue
        assert tuple(f) == score.FEATURES
        assert all(isinstance(v, float) and math.isfinite(v) and 0.0 <= v <= 1.0 for v in f.values())


def test_position_features_see_the_first_and_last_real_sentence_and_the_date_line():
    feats = score.line_features(PAGE, "关于做好冬季供暖设施检修工作的通知")
    assert feats[0]["before_first"] == 1.0 and feats[0]["separators"] > 0
    assert feats[2]["before_first"] == 1.0 and feats[2]["next_has_sentence_mark"] == 1.0
    assert feats[7]["after_last"] == 1.0 and feats[7]["below_date"] == 1.0
    assert feats[7]["phone"] == 1.0 and feats[7]["url_or_mail"] == 1.0
    assert feats[1]["title_inside"] == 1.0 and feats[1]["title_sim"] == 1.0
    assert feats[7]["last_line"] == 1.0 and feats[7]["dropped_before"] == 0.0
    one = score.line_features(["本区今年共检修管网十二公里，"], "")[0]
    assert one["commas"] > 0 and one["ends_sentence"] == 0.0


def test_neighbours_dropped_by_the_rules_and_template_lines_are_features():
    lines = ["甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申酉。", "点击收藏", "戌亥"]
    feats = score.line_features(lines, "", dropped=[False, False, True], template=[False, True, False])
    assert feats[1]["dropped_after"] == 1.0 and feats[1]["dropped_before"] == 0.0
    assert feats[1]["template"] == 1.0 and feats[1]["action_words"] > 0
    assert feats[1]["prev_has_sentence_mark"] == 1.0


@pytest.mark.parametrize(
    "line",
    ["", "——————————", "…… ！！！ ？？？", "x" * 201, "长" * 1_000_000, "第一句。第二句。"],
)
def test_lines_never_scored_empty_huge_only_symbols_or_prose(line):
    feats = score.line_features([line], "")
    assert feats == [None]
    verdicts = score.score_lines([line], "")
    assert verdicts == [None]


def test_bad_input_never_raises_and_only_limits_what_is_scored():
    weird = ["\x00\x01", "🙂🙂🙂", "Ａ１２３４", "a" * 200, "【】【】", "|||>>>", "\u3000", "0" * 50]
    feats = score.line_features(weird, "🙂" * 500)
    assert len(feats) == len(weird)
    assert score.line_features([], "") == []
    assert score.score_lines([], "") == []


def test_the_stored_weights_file_loads_and_names_every_feature_the_extractor_makes():
    data = json.loads(score.MODEL_PATH.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(score.FEATURES)
    m = score.load_model()
    assert 0.5 <= m.threshold < 1.0
    assert all(math.isfinite(w) for w in m.weights.values()) and math.isfinite(m.bias)


def test_a_weights_file_with_an_unknown_feature_or_no_weights_is_refused_by_name(tmp_path):
    bad = tmp_path / "m.json"
    bad.write_text(json.dumps({"weights": {"no_such_feature": 1.0}, "bias": 0, "threshold": 0.9}), encoding="utf-8")
    with pytest.raises(ValueError, match="no_such_feature"):
        score.load_model(bad)
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError, match="m.json"):
        score.load_model(bad)
    bad.write_text(json.dumps({"weights": {}, "bias": 0, "threshold": 1.5}), encoding="utf-8")
    with pytest.raises(ValueError, match="threshold"):
        score.load_model(bad)


def test_the_decision_drops_a_line_at_or_above_the_threshold_and_names_its_top_features():
    m = score.Model({"action_words": 12.0, "has_sentence_mark": -12.0}, -4.0, 0.9)
    with score.using_model(m):
        v = score.score_lines(["这是一段正常的文字，讲述工作情况。", "点击下载　收藏本页　分享"], "")
    assert v[0] is None  # a sentence is never scored
    assert v[1].drop is True and v[1].top[0][0] == "action_words"
    assert "action_words" in score.describe(v[1]) and "p=" in score.describe(v[1])


def test_lines_the_rules_dropped_are_not_scored_again():
    m = score.Model({}, 40.0, 0.5)  # says "chrome" to everything
    with score.using_model(m):
        v = score.score_lines(["点击下载", "工作总结"], "", dropped=[True, False])
    assert v[0] is None and v[1].drop


def test_in_the_cleaner_the_score_removes_what_the_rules_kept_and_says_why_at_v2():
    text = "\n".join([*PAGE[:2], "松桥区住建局温馨提示", *PAGE[2:]])
    plain = clean_document(text, "关于做好冬季供暖设施检修工作的通知").paragraphs
    m = score.Model({"before_first": 30.0}, -20.0, 0.99)
    with score.using_model(m):
        cleaned = clean_document(text, "关于做好冬季供暖设施检修工作的通知", explain=True)
    dropped_by_score = [line for line, why in cleaned.dropped if "score:" in why]
    kept_after = [p for p in plain if p not in cleaned.paragraphs]
    assert kept_after and set(kept_after) == set(dropped_by_score)
    assert "松桥区住建局温馨提示" in dropped_by_score
    # The document's addressee (主送) is its own whatever the score says.
    assert "各街道办事处：" in cleaned.paragraphs
    assert any("before_first" in why for _, why in cleaned.dropped if "score:" in why)
    # Body sentences stay whatever the model says about the lines before the first one.
    assert "为保障群众温暖过冬，现就做好今冬供暖设施检修工作通知如下。" in cleaned.paragraphs


def test_a_model_that_calls_everything_chrome_still_leaves_long_prose():
    prose = "本区今年新建改造供热管网十二公里，更换老旧换热站四座，维修楼内管线三百余处。各街道配合完成了入户测温工作，群众满意度明显提升。"
    with score.using_model(score.Model({}, 40.0, 0.5)):
        out = clean_document("开头的话\n" + prose + "\n结尾", None).paragraphs
    assert prose in out


def test_the_stored_model_drops_a_related_title_under_the_date_that_the_rules_keep():
    """A related article's short title under the document's date, signature and 版记: no
    rule drops a lone title-like line of under 8 characters there (it might be the
    document's own; a longer one is a headline the trailing rules drop; right under the
    date, with no 版记 between, the signature rule drops it), the score does."""
    page = "\n".join(
        [
            "社区志愿服务活动总结",
            "今年以来，社区组织志愿者开展服务活动四十余次，惠及居民两千多人次。",
            "活动形式多样，内容丰富，得到了居民的普遍好评。",
            "下一步，社区将继续完善志愿服务机制，让更多居民参与进来。",
            "青禾社区居委会",
            "2031年5月6日",
            "抄送：青禾街道办事处",
            "社区活动方案",
        ]
    )
    with score.using_model(score.Model({}, -40.0, 1.0)):  # the rules alone
        assert "社区活动方案" in clean_document(page, "社区志愿服务活动总结").paragraphs
    cleaned = clean_document(page, "社区志愿服务活动总结", explain=True)
    assert "社区活动方案" not in cleaned.paragraphs
    assert cleaned.paragraphs[-3:] == ["青禾社区居委会", "2031年5月6日", "抄送：青禾街道办事处"]
    assert any(line == "社区活动方案" and "score: chrome p=" in why for line, why in cleaned.dropped)


def test_the_stored_model_keeps_every_line_of_a_plain_document_of_our_own():
    page = "\n".join(
        [
            "各村（社区）：",
            "为做好今年防汛工作，确保群众生命财产安全，现将有关事项通知如下。",
            "一、压实责任",
            "各村要明确防汛责任人，落实24小时值班制度。",
            "二、排查隐患",
            "1. 对山塘水库逐一检查；",
            "2. 对低洼地带住户登记造册。",
            "（联系人：王明，电话：0791-8765432）",
            "附件：防汛责任人名单",
            "青禾镇人民政府",
            "2031年6月1日",
            "抄送：县应急管理局。",
        ]
    )
    out = clean_document(page, "关于做好防汛工作的通知").paragraphs
    assert out == page.split("\n")
