"""holdout36, part C: corporate, training-school, 范文-app, exam-forum, encyclopaedia, cloud-drive,
search-snapshot, print-view and forwarded-mail pages, plus two more portal and 范文 pages.
Invented; see ../README.md and ../build.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import html_page  # noqa: E402

CASES = [
    dict(
        slug="corp-lvyuan-waste-plant-open-day-news-html",
        site="绿源环境能源有限公司 (invented)",
        style="企业官网",
        genre="新闻稿",
        kind="news",
        form="html",
        source="https://www.lvyuan-env.example.com/news/company/2025/1018.html",
        title="公司垃圾焚烧发电项目举办第十二期公众开放日活动",
        record_title="公司垃圾焚烧发电项目举办第十二期公众开放日活动-绿源环境能源",
        date="2025-10-18",
        notes="corporate site: mega-menu, online-service box, 'back to list', product links; the company's own 扫码预约 sentence kept; title repeated in the head",
        page=html_page(
            "公司垃圾焚烧发电项目举办第十二期公众开放日活动-绿源环境能源",
            '<div class="brand">⟦m 绿源环境能源有限公司⟧ ⟦m 让城市更清洁⟧</div>\n'
            "<nav>⟦m 首页⟧ ⟦l 走进绿源⟧ ⟦l 新闻中心⟧ ⟦l 项目业绩⟧ ⟦l 社会责任⟧ ⟦l 加入我们⟧ ⟦a EN⟧</nav>",
            '<div class="crumb">⟦m 新闻中心 ＞ 公司新闻⟧</div>\n'
            "<h1>{T}</h1>\n"
            '<div class="date">⟦m 2025-10-18　　来源：品牌部⟧</div>\n'
            "{BODY}\n"
            '<a class="back">⟦l 返回列表⟧</a>',
            '<div class="kefu">⟦w 在线客服⟧<p>⟦w 商务合作：0731-88102266⟧</p></div>',
            "<p>⟦m 版权所有 © 绿源环境能源有限公司⟧　⟦m 湘ICP备2021006688号⟧　⟦l 网站地图⟧　⟦l 法律声明⟧</p>",
        ),
        body="""
10月18日，公司潕溪垃圾焚烧发电项目举办第十二期公众开放日活动，周边村民代表、中小学师生和志愿者八十余人走进厂区。
参观者先后参观了垃圾卸料大厅、中央控制室和烟气净化车间，现场查看了实时排放数据公示屏。
项目负责人介绍，今年以来项目累计处理生活垃圾十八万吨，上网电量六千二百万千瓦时。
公众开放日每月举办一次，市民可扫描厂区门口公示牌上的二维码预约参观。
""",
    ),
    dict(
        slug="training-tongda-ski-instructor-brochure",
        site="通达冰雪培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="http://www.tongdaski.example.com/zsjz/2025-ski.html",
        title="2025年冬季社会体育指导员（滑雪）培训班招生简章",
        record_title="【火热报名中】2025年冬季社会体育指导员（滑雪）培训班招生简章",
        date=None,
        notes="training school: enrol prompts with WeChat and QQ at the top, between paragraphs and glued; the brochure's own 报名电话 kept; course table; no date in the document",
        page="""
!m 通达冰雪培训学校 — 专注冰雪人才培养十年
!w 报名咨询：微信 tongda_xue88　QQ 2901776534
!t 【火热报名中】2025年冬季社会体育指导员（滑雪）培训班招生简章
!m 发布者：招生办　　浏览次数：1832
{BODY}
!a 立即报名　｜　在线试听　｜　领取优惠券
!l 热门课程：单板进阶营　双板考证班　青少年冬令营
!m 学校地址：洺城市雪岭路东段18号
""",
        body="""
一、培训对象：年满十八周岁，身体健康，具有一定滑雪基础的社会人员。
二、课程安排
阶段　内容　课时
第一阶段　滑雪技术提高　40
第二阶段　教学法与安全救护　24
第三阶段　模拟教学与考核　16
⟦w 名额有限，私信客服可享早鸟价！⟧
三、收费标准：每人四千八百元，含雪票、教材和考核费。⟦a 点此在线缴费⟧
四、报名方式：携带身份证复印件和一寸照片两张到校报名，报名电话：0712-2350917。
""",
    ),
    dict(
        slug="fanwenapp-bixie-cotton-gin-speech-share",
        site="笔写APP (invented 范文 app share page)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.bixie.example.com/share/article?id=5519203&from=wx",
        title="在棉花收购加工工作动员会上的讲话",
        record_title="在棉花收购加工工作动员会上的讲话（精选通用版）",
        date=None,
        notes="app share page: open-in-app and member prompts top, between paragraphs and at the end; decorated title; speech template with ×× placeholders; no date",
        page="""
!a 打开笔写APP，阅读体验更佳
!t 在棉花收购加工工作动员会上的讲话（精选通用版）
!m 笔写范文库 · 讲话稿 · 2.1万人读过
{BODY}
!a — 本文为会员专享，开通会员解锁全部8000+篇讲话稿 —
!l 相关推荐：在秋粮收购工作会议上的讲话 | 在安全生产月动员会上的讲话
!d 内容由用户上传，版权归原作者所有
""",
        body="""
同志们：
今年全县棉花种植面积××万亩，预计总产皮棉××万担，做好收购加工工作，直接关系到棉农的切身利益。
下面，我讲三点意见。
一是要坚持优质优价，严格按照国家标准检验定级，不压级压价，不抬级抬价。
⟦a 继续阅读全文需登录 ⟧
二是要抓好安全生产，轧花车间严禁烟火，消防器材要配足配齐。
三是要加强资金保障，确保棉款及时兑付，不打白条。
同志们，棉花收购季节性强、时间紧，希望大家迅速行动起来，确保圆满完成今年的各项任务。
""",
    ),
    dict(
        slug="gkforum-shanke-interview-answer-marine-lock",
        site="上岸客公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://bbs.shanke.example.com/thread-771024-1-1.html",
        title="船闸管理所面试经验分享：结构化题这样答",
        record_title="【面经】船闸管理所面试经验分享：结构化题这样答",
        date="2025-06-14",
        notes="exam forum: hidden-content prompt, junk lines and glued junk, signature; the post's 发表于 time is the page's publish line",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸客公考论坛 › 面试交流区 › 事业单位面试
!t 【面经】船闸管理所面试经验分享：结构化题这样答
!m 小船上岸 | 发表于 2025-6-14 22:31 | 查看 2418 | 回复 57
{BODY}
!a 本帖隐藏的内容需回复才可浏览
!m 签名：心中有方向，脚下有力量。
!l 回复 | 支持 | 反对 | 分享
""",
        body="""
上个月参加了滠口船闸管理所的面试，最后以第二名成绩进入体检，来分享一下经验。今年面试是结构化，三道题，十五分钟。
第一题问的是如果过闸船舶插队引发争吵怎么处理。我答的思路是先稳定现场，再调取监控核实，最后按规定处理并做好解释。
第二题是综合分析，谈谈对内河航运绿色发展的看法。这类题一定要结合单位实际，我提到了岸电设施和船舶污染物接收。
最后建议大家多去现场看看，了解船闸的运行流程，答题时才不空。
""",
    ),
    dict(
        slug="baike-zhishi-schisto-station-entry-html",
        site="知识百科 (invented)",
        style="百科问答",
        genre="说明",
        kind="entry",
        form="html",
        source="https://baike.zhishi.example.com/item/血防站/88213",
        title="血防站",
        record_title="血防站_知识百科",
        date=None,
        notes="encyclopaedia entry: edit/collect buttons, catalogue, reference notes, editor count; decimal headings kept; an example year only; no date",
        page=html_page(
            "血防站_知识百科",
            '<div class="search">⟦m 知识百科⟧ ⟦a 进入词条⟧ ⟦a 全站搜索⟧ ⟦a 帮助⟧</div>',
            "<h1>{T}</h1>\n"
            '<div class="actions">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦a 赞⟧</div>\n'
            '<div class="catalog">⟦l 目录　1 概述　2 主要职责　3 发展沿革⟧</div>\n'
            "{BODY}\n"
            '<div class="ref">⟦l 参考资料：1. 血吸虫病防治手册（第三版）⟧</div>\n'
            '<div class="stat">⟦m 浏览次数：6021次　编辑次数：9次　最近更新：bk_xiaoma⟧</div>',
            '<div class="rel">⟦l 相关词条：钉螺 · 疫水 · 查螺灭螺⟧</div>',
            "<p>⟦d 词条内容仅供参考，如需专业意见请咨询医生。⟧</p><p>⟦m ©2025 知识百科⟧</p>",
        ),
        body="""
血防站，即血吸虫病防治站，是县级卫生健康部门设立的负责血吸虫病预防控制工作的专业机构。
1 概述
血防站多设在长江流域及其以南的流行区，1950年代起陆续建立。
2 主要职责
2.1 开展人畜血吸虫病查病和治疗。
2.2 组织查螺灭螺和疫情监测。
2.3 开展健康教育，指导群众避免接触疫水。
3 发展沿革
随着疫情得到控制，部分地区的血防站并入疾病预防控制中心。
""",
    ),
    dict(
        slug="clouddrive-feiyun-sewage-emergency-plan-preview",
        site="飞云网盘 (invented)",
        style="网盘分享",
        genre="应急预案",
        kind="plan",
        form="text",
        source="https://pan.feiyun.example.com/s/1xQ7mRzP0",
        title="城南污水处理厂进水水质异常应急预案",
        record_title="城南污水处理厂进水水质异常应急预案.pdf",
        date="2025-02-27",
        notes="cloud-drive preview: share info, expiry, save/download buttons, page markers '(第N/4页)' on lines of their own; file-name title; date at the end",
        pages=dict(fmt="（第{n}/4页）", every=140, start=2),
        page="""
!m 飞云网盘 | 文件分享
!t 城南污水处理厂进水水质异常应急预案.pdf
!m 分享者：hc_sw****　分享于 2025-03-03 11:20　有效期：永久
!a 保存到我的网盘　　下载（1.2MB）　　举报
{BODY}
!a 预览仅显示部分内容，完整文件请下载后查看
!d 请勿通过网盘传播违法违规内容
""",
        body="""
1 总则
1.1 为及时处置进水水质异常情况，防止生化系统受到冲击，保障出水达标排放，制定本预案。
1.2 本预案适用于进水化学需氧量、氨氮、酸碱度等指标突然超出设计值的情形。
2 组织机构
厂长任应急领导小组组长，生产技术科负责日常监测和现场处置。
3 处置措施
3.1 在线仪表报警后，化验室须在三十分钟内完成人工复核。
3.2 确认异常后，立即开启事故调节池，减少进入生化池的水量。
3.3 同时报告县住建局和生态环境局，配合查找排放源。
城南污水处理厂
2025年2月27日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-grotto-closure-frame",
        site="快照搜索 (invented cache of a grotto institute's page)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.kuaizhao.example.com/c?u=http%3A%2F%2Fwww.zlsk.example.org%2Fnews%2F512.html",
        title="关于部分洞窟暂停对外开放的公告",
        record_title=None,
        date="2025-07-30",
        notes="search-cache frame around the institute's page: cache banner with crawl time (no date), highlighted keywords note; the institute page's own nav and footer; date from the signature",
        page=html_page(
            "关于部分洞窟暂停对外开放的公告 - 快照",
            '<div class="cache-bar">⟦d 这是 http://www.zlsk.example.org/news/512.html 的快照，是网页在 2025年8月4日 03:12 的存档。⟧<br>'
            "⟦d 当前页面可能已经更改，请点击查看最新页面。⟧<br>⟦m 以下搜索词已高亮显示：洞窟 暂停开放⟧</div>\n"
            '<hr>\n<div>⟦m 浈岭石窟保护研究所⟧ ⟦l 首页⟧ ⟦l 石窟概况⟧ ⟦l 参观指南⟧ ⟦l 学术研究⟧</div>',
            "<h2>{T}</h2>\n"
            "<p>⟦m 发布者：开放管理部　浏览：2013⟧</p>\n"
            "{BODY}",
            "<p>⟦l 参观须知⟧</p><p>⟦l 门票预约⟧</p>",
            "<p>⟦m 浈岭石窟保护研究所　地址：浈岭县石窟路1号⟧</p>",
        ),
        body="""
广大游客朋友：
受持续降雨影响，第三、七、十一号窟崖体出现渗水，为确保文物和游客安全，上述洞窟自8月1日起暂停对外开放，恢复时间另行公告。
其余洞窟正常开放，门票价格不变，已预约上述洞窟参观的游客可在原渠道申请退票。
由此给您带来的不便，敬请谅解。
浈岭石窟保护研究所
2025年7月30日
""",
    ),
    dict(
        slug="print-xuyang-soil-station-subsidy-notice",
        site="浉岭县水利局 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://slj.shiling.example.gov.cn/print.jsp?id=30418",
        title="关于申报2025年度坡耕地水土流失治理补助项目的通知",
        record_title="打印 - 关于申报2025年度坡耕地水土流失治理补助项目的通知",
        date="2025-03-11",
        notes="print view: print/close buttons, URL and print stamp at the bottom (no date), page footer '第1页 共1页'; 附件 list; document number neutral",
        page="""
!a [打印本页]　[关闭窗口]
!m 浉岭县水利局
{T}
浉水发〔2025〕7号
{BODY}
!m 本文地址：http://slj.shiling.example.gov.cn/zwgk/tzgg/30418.html
!m 打印时间：2025/12/02 15:47:09
!p 第1页 共1页
""",
        body="""
各乡镇人民政府，县水土保持站：
为加快推进坡耕地水土流失综合治理，现组织申报2025年度坡耕地治理补助项目，有关事项通知如下。
一、申报对象：坡度在五至二十五度之间、集中连片一百亩以上的坡耕地。
二、补助标准：坡改梯每亩补助一千二百元，保护性耕作每亩补助一百五十元。
三、申报时间：即日起至4月10日。
附件：1.项目申报表
2.治理图斑汇总表
浉岭县水利局
2025年3月11日
""",
    ),
    dict(
        slug="mail-fwd-marathon-volunteer-call",
        site="沩浦市体育局 (invented, forwarded mail)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:tiyuju@weipu.example.gov.cn?msg=20250912-0931",
        title="关于招募2025沩浦半程马拉松赛事志愿者的通知",
        record_title="转发：关于招募2025沩浦半程马拉松赛事志愿者的通知",
        date="2025-09-10",
        notes="forwarded mail: Fwd headers (发件人/收件人/时间 as meta), the mail's own 附件 header (meta) next to the notice's 附件 list (kept); mail client footer; notice date at the end",
        page="""
!t 转发：关于招募2025沩浦半程马拉松赛事志愿者的通知
!m 发件人：市体育局办公室 <bgs@weipu.example.gov.cn>
!m 时　间：2025年9月12日（星期五）上午9:31
!m 收件人：各区县体育主管部门；市团委
!m 附　件：志愿者报名表.xlsx (18K)
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件可能包含保密信息，如误收请删除。
!a 回复　全部回复　转发　删除
!m 发自 沩浦政务邮箱 mail.weipu.example.gov.cn
""",
        body="""
各区县体育主管部门、市团委：
2025沩浦半程马拉松将于11月2日举行，为保障赛事顺利进行，现面向社会招募赛事志愿者一千二百名。
一、招募条件：年满十八周岁，身体健康，能全程参加培训和赛事服务。
二、服务岗位：补给站服务、赛道引导、医疗协助、存取衣服务。
三、报名方式：请于9月30日前将报名表汇总后发送至本邮箱。
附件：志愿者报名表
沩浦半程马拉松组委会办公室
2025年9月10日
""",
    ),
    dict(
        slug="gov-louwan-bnb-grading-notice-wrapped",
        site="溇湾县文化旅游广电体育局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wlj.louwan.example.gov.cn/zwgk/tzgg/202504/t20250409_5512.html",
        title="关于开展2025年度乡村民宿等级评定工作的通知",
        record_title=None,
        date="2025-04-09",
        notes="portal text hard-wrapped at 70 columns with indents; no record title; 无障碍/关怀版 row; criteria table kept; date at the end",
        wrap=70,
        indent="　　",
        page="""
!a 无障碍　关怀版　English
!m 溇湾县文化旅游广电体育局
!m 首页>>政务公开>>通知公告
{T}
!m 【发布时间：2025-04-09 16:05】【来源：资源开发股】【阅读：】
{BODY}
!a 【打印】【关闭】
!l 相关链接：县人民政府　市文旅局　国家旅游局
!m 网站标识码：4313230014　湘公网安备43132302000117号
""",
        body="""
各乡镇人民政府，县民宿协会：
为推动乡村民宿规范化、品质化发展，根据《旅游民宿基本要求与等级划分》，我局决定开展2025年度乡村民宿等级评定工作。
一、评定等级：甲级、乙级、丙级三个等级。
二、申报条件：证照齐全，开业满一年，近两年未发生安全事故和重大投诉。
三、工作步骤：5月底前完成自评申报，6月组织现场评定，7月公示结果。
溇湾县文化旅游广电体育局
2025年4月9日
""",
    ),
    dict(
        slug="fanwen-liaoyuan-lock-keeper-report-html-old",
        site="燎原范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.liaoyuanfw.example.com/shuzhi/2025/12/9904.html",
        title="船闸运行班长个人述职报告",
        record_title="船闸运行班长个人述职报告（通用5篇）",
        date=None,
        notes="old table-layout 范文 site: marquee, font row, floating writing-service box, copy notice, hot list; a year only in the text's first line; no date",
        page=html_page(
            "船闸运行班长个人述职报告（通用5篇）_燎原范文网",
            "<div>⟦m 燎原范文网 — 您身边的写作助手⟧</div>\n"
            "<marquee>⟦m 本站新增述职报告、工作总结范文3000余篇，欢迎收藏！⟧</marquee>\n"
            "<div>⟦l 首页 | 工作总结 | 述职报告 | 心得体会 | 演讲稿⟧</div>",
            "<table><tr><td><h1>{T}</h1></td></tr>\n"
            "<tr><td>⟦m 时间：2025-12-03　栏目：述职报告　作者：佚名⟧ ⟦a 〔字号 大 中 小〕⟧</td></tr>\n"
            "<tr><td>\n{BODY}\n</td></tr>\n"
            "<tr><td>⟦a 复制本文请先登录，VIP会员可一键下载⟧</td></tr></table>",
            "<table><tr><td>⟦w 专业代写　材料加急　微信：lyfw2025⟧</td></tr>"
            "<tr><td>⟦l 本周热门：班组长述职报告⟧</td></tr><tr><td>⟦l 本周热门：安全员年终总结⟧</td></tr></table>",
            "⟦d 本站内容均为网友发布，仅供参考⟧<br>⟦m 备案号：皖ICP备18006211号⟧",
            old=True,
        ),
        body="""
一年来，我在所领导和调度室的指导下，带领运行二班圆满完成了各项过闸任务，现将履职情况报告如下。
一、安全运行方面。全班全年累计开闸二千一百余次，放行船舶七千六百余艘次，未发生一起安全责任事故。
二、班组管理方面。坚持班前会和交接班制度，每月组织一次闸门启闭应急演练。
三、存在的不足。对新型船舶的航行特点研究不够，设备故障判断能力还需提高。
今后，我将继续加强学习，带领全班同志把每一次过闸都做安全、做规范。
""",
    ),
]
