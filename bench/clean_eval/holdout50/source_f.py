"""holdout50, part F: 邮件转发 and second sites of other kinds (wraps, page markers, one-line bodies). Invented; see _gen.py."""
import importlib.util
from pathlib import Path

_s = importlib.util.spec_from_file_location("holdout50_gen_f", Path(__file__).with_name("_gen.py"))
G = importlib.util.module_from_spec(_s)
_s.loader.exec_module(G)

CASES = [
    G.case(61, "邮件转发", "桐冈林业局邮箱转发", "mail.tgly.net", "notice", "text",
           ["!m 发件人：县林业局办公室 <tglyj_bgs@tgly.net>", "!m 收件人：各乡镇林业站", "!m 发送时间：2025年2月27日 (周四) 上午9:40",
            "!m 主题：转发：苗木发放通知，请转至各村", "!m ---------- 转发的邮件 ----------"],
           ["!m --", "!m 县林业局办公室　龚晓岚（内线 305）", "!d 此邮件可能包含保密信息，若误收请删除"], tmode="decorated", dmode="document"),
    G.case(62, "邮件转发", "墨溪非遗简报（邮件版）", "list.mxfy.org", "news", "text",
           ["!m 墨溪非遗简报 第48期", "!a 邮件显示异常？点此在浏览器中查看", "!m 发自：简报编辑部"],
           ["!a 退订本简报 | 修改订阅偏好", "!m 墨溪县松烟墨技艺保护中心编印"], tmode="missing", dmode="document", wrap=60),
    G.case(63, "范文站", "公文桐道", "www.gongwentongdao.com", "minutes", "text",
           ["!m 公文桐道 — 专注机关文稿", "!m 主页 / 会议纪要 / 合作社", "!t 【可编辑】桕山乡油桐专业合作社理事会会议纪要"],
           ["!a 全部内容已显示，喜欢就点个收藏吧", "!l 本类热门：村两委联席会议纪要　产业园调度会纪要"],
           mid="⟦m ——公文桐道整理——⟧", tmode="decorated", dmode="document"),
    G.case(64, "政府门户", "桕山乡人民政府", "www.jiushan.gov.cn", "table", "html",
           ["!m 桕山乡人民政府", "<marquee>⟦m 热烈祝贺我乡获评全省油桐产业示范乡⟧</marquee>", "!m 您现在的位置：首页 >> 乡务公开", "!a [ 大 中 小 ]"],
           ["!m 您是第 00452761 位访问者", "!m 桕山乡人民政府 版权所有 技术支持：桐冈信息港"], tmode="decorated", dmode="document", html_shell=G.OLDTABLE),
    G.case(65, "新闻门户", "桐冈融媒", "www.tgrongmei.cn", "speech", "html",
           ["!m 桐冈融媒 · 桐冈县融媒体中心", "!m 时政 ＞ 县内要闻", "!m 2025-03-18 17:20　来源：桐冈发布", "!a 【字号 大 中 小】　【听新闻】"],
           ["!m 责任编辑：宁小棠", "!l 相关新闻：全县林长制工作会议召开", "!d 本网原创稿件，未经授权不得转载"], mid="⟦l 延伸阅读：油桐花节将于四月举办⟧",
           tmode="decorated", dmode="document"),
    G.case(66, "文库预览", "桐叶文档", "doc.tongye.cn", "speech", "text",
           ["!m 桐叶文档 · 免费文档分享", "!m 页数：3　字数：620　格式：docx"],
           ["!a 还剩1页未读，继续阅读", "!d 文档由网友上传，不代表本站观点"], pages=dict(fmt="第 {n} 页 / 共 3 页", every=160, start=2), tmode="file-name",
           dmode="document", indent="\u3000\u3000"),
    G.case(67, "论坛", "文房发烧友论坛", "bbs.wenfangfsy.com", "news", "text",
           ["!m 文房发烧友 » 墨锭交流 » 新品资讯", "!m 楼主：烟里藏锋　2024-12-7 08:02"],
           ["!l 回复 #2 墨迷老陈：早就等着了", "!a 点评　回复　举报"], junk=dict(lines=1, glued=2), tmode="decorated", dmode="document", wrap=76),
    G.case(68, "博客", "桐油匠的杂记", "www.tongyoujiang.blog", "rules", "text",
           ["!m 桐油匠的杂记", "!m 分类：车间 | 2024-07-02 | 无评论"],
           ["!l 标签：规程 压榨", "!a ← 返回首页"], byline="2024-07-02", oneline=True, indent="\u3000\u3000"),
    G.case(69, "问答社区", "农事通问答", "wenda.nongshitong.net", "minutes", "text",
           ["!m 农事通 · 问答", "!m 问题：合作社理事会纪要怎么写？有没有范例？", "!m 热心网友的回答"],
           ["!a 这个回答对你有帮助吗？ 有 / 没有", "!w 合作社注册代办 微信 nst_daiban"], tmode="missing", dmode="document"),
    G.case(70, "教育门户", "椿阳县实验小学", "www.cysyxx.cn", "plan", "text",
           ["!m 椿阳县实验小学", "!m 通知公告 — 研学活动", "!m 发布者：德育处　阅读次数：512"],
           ["!a 家长回执请扫描学校公众号二维码提交", "!m 学校地址：椿阳县南园路3号"], mid="⟦d 以下为转发县局文件原文⟧", tmode="decorated", dmode="document"),
    G.case(71, "企业官网", "桕山桐油专业合作社", "www.jiushantongyou.com", "pledge", "text",
           ["!m 桕山桐油 · 古法压榨", "!m 合作社新闻"], ["!a 在线订购桐油", "!w 电话：0739-6288170　地址：桕山乡集镇"],
           tmode="decorated", dmode="record", wrap=68),
    G.case(72, "资料下载站", "绿墨资源站", "www.lvmozy.com", "recruit", "text",
           ["!m 绿墨资源站", "!m 资源类型：招聘公告　大小：14KB　更新：3小时前"],
           ["!a 高速下载　普通下载", "!d 资源均来源于网络公开信息"], tmode="decorated", dmode="document"),
]
