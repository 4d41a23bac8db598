"""holdout50, part D: 招投标网, 律所网站, 社区网站, 行业协会, 企业官网, 培训机构. Invented; see _gen.py."""
import importlib.util
from pathlib import Path

_s = importlib.util.spec_from_file_location("holdout50_gen_d", Path(__file__).with_name("_gen.py"))
G = importlib.util.module_from_spec(_s)
_s.loader.exec_module(G)

CASES = [
    G.case(37, "招投标网", "桐冈公共资源交易中心", "ggzy.tonggang.gov.cn", "table", "html",
           ["!m 桐冈县公共资源交易网", "!a CA办理 | 投标人登录 | 帮助中心", "!m 交易信息 > 结果公示 > 其他", "!m 【信息时间：2025-01-15】【我要打印】【关闭】"],
           ["!w 交易系统技术支持：400-829-0739", "!m 桐冈县公共资源交易中心 版权所有"], tmode="decorated", dmode="document"),
    G.case(38, "招投标网", "湘采招标信息网", "www.xiangcaizb.com", "notice", "text",
           ["!m 湘采招标信息网 — 免费发布招标采购信息", "!m 项目地区：桐冈县　信息类型：其他公告", "!a 查看联系方式需开通VIP会员"],
           ["!a 该信息由会员发布，点击查看更多同地区项目", "!w 客服专线 0731-8560277 转 6"], tmode="decorated", dmode="record"),
    G.case(39, "律所网站", "湘桐律师事务所", "www.xiangtonglaw.com", "qa", "html",
           ["!m 湘桐律师事务所 | 专注农林纠纷", "!m 首页 > 律师解答 > 日常咨询", "!w 免费法律咨询：180-7390-5566（微信同号）"],
           ["!a 在线咨询　预约律师", "!d 本文解答仅供参考，不构成正式法律意见", "!m 湘桐律所 湘ICP备21002290号"], tmode="missing", dmode="none"),
    G.case(40, "律所网站", "墨溪律师在线", "www.mxlawyer.cn", "letter", "text",
           ["!m 墨溪律师在线 — 文书范本", "!m 浏览：78　更新：2024-09-20"],
           ["!w 文书定制找律师，电话咨询 0739-5530018", "!l 相关范本：调取证据申请书　协助调查函"], tmode="decorated", dmode="document"),
    G.case(41, "社区网站", "桐冈镇油坊社区", "www.youfangsq.cn", "pledge", "html",
           ["!m 油坊社区居委会", "!m 社区公告 ＞ 倡议", "!m 发布人：网格员小龚　2025-03-13"],
           ["!w 社区服务电话：0739-6231017", "!l 便民服务：水电报修 老年餐桌 快递代收", "!m 油坊社区居民委员会主办"], dmode="document"),
    G.case(42, "社区网站", "墨香里社区", "mxl.sqfw.net", "minutes", "text",
           ["!m 墨香里社区服务网", "!m 居务公开 ▸ 会议记录"],
           ["!a 居民意见请扫码反馈", "!m 墨香里社区党群服务中心"], tmode="missing", dmode="document", wrap=72),
    G.case(43, "行业协会", "桐冈县油桐协会", "www.tgyoutong.org", "minutes", "html",
           ["!m 桐冈县油桐协会", "!a 会员登录 | 入会申请", "!m 协会动态 / 会议纪要", "!m 发稿：秘书处　时间：2024-11-23"],
           ["!l 友情链接：县林业局 县供销社", "!m 协会地址：桐冈县桐花路6号　电话：0739-6251180"], tmode="decorated", dmode="document"),
    G.case(44, "行业协会", "湘西南文房四宝协会", "www.xxnwf4b.org.cn", "summary", "text",
           ["!m 湘西南文房四宝协会", "!m 会员单位风采 - 墨类"],
           ["!l 上一条：砚台分会工作要点", "!m 协会秘书处编辑"], tmode="decorated", dmode="record", pages=dict(fmt="·{n}·", every=150, start=2)),
    G.case(45, "企业官网", "墨溪墨业有限公司", "www.mxmoye.com", "news", "html",
           ["!m 墨溪墨业 · 百年松烟", "!a 网上商城 | 联系我们 | EN", "!m 新闻中心 ＞ 企业新闻", "!a 本网站使用cookie以提升浏览体验 [同意]"],
           ["!l 产品推荐：松烟墨锭 油烟墨锭 礼品套装", "!w 订购热线：400-777-0739", "!m © 墨溪墨业有限公司 湘ICP备17033451号"],
           tmode="missing", dmode="document"),
    G.case(46, "企业官网", "桐冈油脂有限公司", "www.tgyouzhi.com", "rules", "text",
           ["!m 桐冈油脂 — 纯正桐油", "!m 企业管理 › 安全制度", "!m 发布日期：2024-06-30"],
           ["!a 返回列表", "!w 批发咨询：韦经理 139-0739-8816"], byline="2024-06-30", dmode="record"),
    G.case(47, "培训机构", "墨韵书法培训学校", "www.moyunsf.com", "insight", "html",
           ["!m 墨韵书法 · 少儿书法培训", "!w 试听课预约：0739-5523886", "!m 学员作品 > 学习心得"],
           ["!a 立即报名暑期班，享早鸟价", "!l 热门课程：楷书入门 隶书提高 制墨体验课", "!m 墨韵书法培训学校版权所有"], tmode="decorated", dmode="none"),
    G.case(48, "培训机构", "桐林职业技能培训中心", "www.tlzjpx.cn", "report", "text",
           ["!m 桐林技能培训 —— 学技能 找桐林", "!m 学员风采"],
           ["!w 报名电话 0739-6266602 / 微信 tlpx066", "!d 本站文章部分为学员投稿"], tmode="decorated", dmode="none"),
]
