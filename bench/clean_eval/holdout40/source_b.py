"""holdout40, part B: an autism-rehab centre's and a desalination plant's accounts, a moon-cake maker's
rules, a snow-removal office's plan, a robotics contest, a sign-language course, wind-farm minutes, a
desalination OA view, a manhole-cover request on a Q&A, a street-lighting worker's collection.
Invented text; see ../README.md and ../build.py."""


def H(title, top, tail, open_="<div class=\"content\">", close="</div>"):
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>' + title + "</title>\n"
        '<script src="/static/js/stat.js"></script><script>window.dataLayer=[];</script>\n'
        "</head><body>\n" + top.strip() + "\n" + open_ + "\n{BODY}\n" + close + "\n" + tail.strip() + "\n</body></html>"
    )


CASES = [
    dict(
        slug="wechat-xingyu-autism-letter-mirror",
        site="星语康复 公众号镜像 (invented)", style="公众号镜像", genre="倡议书", kind="letter", form="text",
        source="https://wx.mirror-read.example.com/s/xingyu_kf_20250402",
        title="致全市孤独症儿童家长的一封信",
        record_title="致全市孤独症儿童家长的一封信",
        date="2025-04-02",
        notes="WeChat mirror: account line with date, 'original' tag, 阅读原文/在看 row, a follow prompt; body tells parents to 扫码 and 关注 as content; the centre's own 咨询电话 kept",
        page="""
!t 致全市孤独症儿童家长的一封信
!m 原创　星语儿童康复中心　2025年04月02日 08:30　云州
!a 点击上方蓝字，关注我们
{BODY}
!l 阅读原文　　在看 32　　赞 57
!a 长按识别二维码，关注“星语康复”
!m 本文转载自微信公众号，镜像仅供浏览
""",
        body="""
亲爱的家长朋友们：
4月2日是世界孤独症关注日。星语儿童康复中心向每一位默默坚守的家长致以敬意。
今年起，中心将为全市在册孤独症儿童每年提供不少于一百二十课时的免费康复训练。
需要申请的家庭，请扫描中心门口张贴的二维码填写登记表，或关注中心服务号后在线预约评估。
咨询电话：0719-3386120（周一至周五）
星语儿童康复中心
2025年4月2日
""",
    ),
    dict(
        slug="wechat-lanhai-desal-news-html-mirror",
        site="蓝海水务 公众号镜像 (invented)", style="公众号镜像", genre="新闻", kind="news", form="html",
        source="https://mp.wxreader.example.net/a/lanhaishuiwu/20250619-1.html",
        title="海水淡化二期工程正式通水",
        record_title="海水淡化二期工程正式通水 - 蓝海水务",
        date="2025-06-19",
        notes="a WeChat-style mirror in HTML: account card, 'original' badge, account date line as page date, an image caption between paragraphs, a like/share/在看 bar, an editor block glued after the last line",
        page=H("海水淡化二期工程正式通水 - 蓝海水务", """
<div class="rich_media_title"><h2>⟦t 海水淡化二期工程正式通水⟧</h2></div>
<div class="rich_media_meta"><span>⟦m 原创⟧</span> <a>⟦m 蓝海水务⟧</a> <em>⟦m 2025-06-19 17:02 发表于鲸湾⟧</em></div>
""", """
<div class="tool">⟦l 分享　收藏　在看　赞 104⟧</div>
<div class="profile">⟦a 微信扫一扫关注该公众号⟧</div>
<div class="foot">⟦d 镜像页面仅作阅读便利，版权归原作者所有⟧</div>
""", open_="<div class=\"rich_media_content\">"),
        body="""
6月19日上午，鲸湾海水淡化厂二期工程正式通水，新增日产淡水五万吨。
二期工程采用反渗透工艺，能耗比一期降低百分之十五，浓盐水经综合利用后达标排放。
⟦m ▲ 二期工程反渗透车间⟧
投产后，全厂日供水能力达到十二万吨，可满足鲸湾新区工业和居民用水需求。
厂长卢海涛表示，下一步将推进淡化水与自来水管网的联合调度。⟦m 文字｜鲁敏　图片｜宋宁　审核｜卢海涛⟧
""",
    ),
    dict(
        slug="docshare-yueming-rules-oneline-scan",
        site="共享文档馆 (invented)", style="文档分享", genre="制度", kind="rules", form="text",
        source="https://www.gxwdg.example.com/p-4418207.html",
        title="月饼生产车间食品安全管理制度",
        record_title="月饼生产车间食品安全管理制度（可编辑）",
        date=None,
        notes="document-sharing page: body on one line (paragraphs only by indent); rules whose articles mention 扫码, 打印 and 下载 as content; upload and sharing chrome; no date",
        oneline=True,
        indent="　　",
        page="""
!m 共享文档馆　首页 > 食品行业 > 管理制度
!t 月饼生产车间食品安全管理制度（可编辑）
!m 分享者：hongbei88　大小：46KB　格式：DOC　下载：39
{BODY}
!a 立即下载　　收藏到我的文档馆　　分享给好友
!d 声明：本文档由会员上传，本站只提供存储和展示服务，不对内容负责。
!l 相关文档：食品车间卫生管理制度　烘焙车间岗位责任制　原料验收制度
""",
        body="""
第一条　为保证月饼产品质量安全，依据食品安全法律法规，结合本厂实际，制定本制度。
第二条　员工进入车间须扫码登记健康状况，更衣、洗手、消毒后方可上岗。
第三条　原辅料入库时须查验合格证明，批次信息打印后贴于货位。
第四条　每批产品须留样四十八小时，检验记录每月从系统下载备份一次。
第五条　本制度由生产部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="docshare-beiyuan-snow-plan-html-reader",
        site="文享网 (invented)", style="文档分享", genre="工作方案", kind="plan", form="html",
        source="https://doc.wenxiang.example.cn/share/6b0e2c71.html",
        title="北原市2024—2025年冬季城市除雪工作预案",
        record_title="北原市2024—2025年冬季城市除雪工作预案.docx",
        date="2024-11-08",
        notes="sharing reader page: file-name title; numbered list and decimal headings kept; a data table one row a paragraph; a 'continue reading' fold; 成文日期 at the end",
        page=H("北原市2024—2025年冬季城市除雪工作预案.docx - 文享网", """
<div class="bar">⟦m 文享网 · 让文档流动起来⟧　<a>⟦a 上传文档⟧</a>　<a>⟦a 登录⟧</a></div>
<h1>⟦t 北原市2024—2025年冬季城市除雪工作预案.docx⟧</h1>
<div class="stat">⟦m 7页　｜　2.4万字　｜　分享于：3天前⟧</div>
""", """
<div class="fold">⟦a 展开阅读全文 ∨⟧</div>
<div class="ops">⟦a 下载此文档　￥3.00⟧</div>
<div class="rec">⟦l 你可能还喜欢：道路结冰应急处置方案　环卫冬季作业安全须知⟧</div>
<footer>⟦m 文享网 版权所有 2025　客服邮箱：kefu@wenxiang.example.cn⟧</footer>
"""),
        body="""
为做好今冬明春城市道路除雪工作，保障城市交通安全畅通，制定本预案。
1.工作原则
1.1　以机械除雪为主、人工除雪为辅，先主干道后次干道，先桥梁坡道后平路。
1.2　雪停后十二小时内主干道通行，二十四小时内次干道通行。
2.除雪责任分区
区域　责任单位　除雪机械（台）
城东片区　市政养护一处　18
城西片区　市政养护二处　15
3.保障措施。融雪剂储备不少于八百吨，每次降雪前完成机械检修。
北原市城市管理局
2024年11月8日
""",
    ),
    dict(
        slug="edu-qingyuan-robotics-contest-notice-hotline",
        site="青源区教育局 (invented)", style="教育门户", genre="通知", kind="notice", form="text",
        source="http://jyj.qingyuan.example.gov.cn/tzgg/2025/0310/2219.html",
        title="关于举办第六届青少年机器人创意大赛的通知",
        record_title="关于举办第六届青少年机器人创意大赛的通知 - 通知公告 - 青源区教育局",
        date="2025-03-10",
        notes="education portal: document's 联系人/电话/邮箱 kept beside the portal's 教育服务热线; 附件 list; document number neutral; a schedule table",
        page="""
!m 青源区教育局　|　教育资讯　通知公告　招生考试
!m 当前位置：首页 > 通知公告
!t 关于举办第六届青少年机器人创意大赛的通知 - 通知公告 - 青源区教育局
青教电〔2025〕11号
!m 发布人：区电教馆　点击数：1520
{BODY}
!a 【打印文章】　【关闭窗口】
!m 青源区教育服务热线：0371-6990110（工作日8:30-17:30）
!m 青源区教育局主办　技术维护：区教育信息中心
""",
        body="""
各中小学校：
为激发青少年科技创新热情，区教育局决定举办第六届青少年机器人创意大赛。现将有关事项通知如下。
一、比赛项目：创意设计、机器人搬运、编程挑战三项。
二、日程安排
阶段　时间　地点
作品申报　3月20日至4月10日　网上申报
现场决赛　4月26日　区青少年活动中心
三、请各校将报名表发送至指定邮箱，逾期不予受理。
联系人：梁晴　电话：0371-6990236　邮箱：qyjdg@qyedu.example.cn
附件：1.大赛报名表
2.创意设计项目评分细则
青源区教育局
2025年3月10日
""",
    ),
    dict(
        slug="edu-lushui-sign-language-course-html",
        site="鹭水县特殊教育学校 (invented)", style="教育门户", genre="通知", kind="notice", form="html",
        source="https://www.lstj.example.edu.cn/info/1022/3861.htm",
        title="关于开设家长手语课堂的通知",
        record_title="【家校共育】关于开设家长手语课堂的通知",
        date="2025-09-12",
        notes="school site: decorated title; a school's 报名电话 kept beside the school's 招生热线 in the footer; a quick-links sidebar; 发布时间 line",
        page=H("关于开设家长手语课堂的通知-鹭水县特殊教育学校", """
<div class="logo">⟦m 鹭水县特殊教育学校　LUSHUI SPECIAL EDUCATION SCHOOL⟧</div>
<ul class="menu"><li>⟦l 学校概况⟧</li><li>⟦l 德育天地⟧</li><li>⟦l 家校共育⟧</li></ul>
<div class="side"><h4>⟦l 快速通道⟧</h4><p>⟦l 校长信箱　教师登录　资源下载⟧</p></div>
<h2>⟦t 关于开设家长手语课堂的通知⟧</h2>
<div class="info">⟦m 发布时间：2025-09-12　作者：教务处　浏览次数：304⟧</div>
""", """
<div class="foot">⟦m 地址：鹭水县学府路6号　招生热线：0596-7723001⟧</div>
<div class="foot2">⟦m 闽ICP备19004422号⟧</div>
"""),
        body="""
各位家长：
为帮助家长掌握基本手语，更好地与孩子沟通，学校决定从本学期起开设家长手语课堂。
课堂每两周一次，安排在周六上午九点，由学校手语教研组老师授课。
每期招收家长三十名，请有意参加的家长于9月20日前到班主任处报名。
报名电话：0596-7723015（教务处）
鹭水县特殊教育学校
2025年9月12日
""",
    ),
    dict(
        slug="oa-beiling-windfarm-minutes-intranet",
        site="北岭新能源 内网 (invented)", style="企业内网", genre="会议纪要", kind="minutes", form="text",
        source="http://oa.beiling-ne.example.local/doc/view?id=20250728-03",
        title="北岭风电场7月份安全生产例会纪要",
        record_title="北岭风电场7月份安全生产例会纪要",
        date="2025-07-28",
        notes="intranet export: minutes' 时间/地点/主持/参会/记录 lines kept; a watermark line, read receipt and 签收 chrome; an 'export/print' row",
        page="""
!m 北岭新能源协同办公平台 ＞ 公文管理 ＞ 会议纪要
!a 导出PDF　|　打印　|　返回列表
!t 北岭风电场7月份安全生产例会纪要
!m 拟稿：安监部 贺翔　签发：周正元　密级：内部
{BODY}
!m 已读 36 人　未读 4 人　｜　签收状态：已签收
!d 内部资料　注意保密　水印：贺翔 0728
""",
        body="""
时间：2025年7月28日上午9时
地点：场部二楼会议室
主持：周正元
参会：场领导、各班组长、安监部全体人员
记录：贺翔
会议通报了7月份安全生产情况，全场未发生人身伤害和设备事故。
会议指出，夏季高温期间登塔作业要严格执行两人以上同行制度，塔上作业时间每次不超过两小时。
会议要求，8月10日前完成全场升压站避雷器检测，检测结果报安监部备案。
""",
    ),
    dict(
        slug="oa-jingwan-desal-notice-html-docview",
        site="鲸湾水务 OA (invented)", style="企业内网", genre="通知", kind="notice", form="html",
        source="http://10.8.2.15/oa/gw/read.jsp?docid=88102",
        title="关于开展膜组件更换期间停水检修的通知",
        record_title="内部通知：关于开展膜组件更换期间停水检修的通知",
        date="2025-10-09",
        notes="intranet document view: decorated title, a 文件属性 table, approval trail (办理记录), a 'mark read' button; 抄送/印发 版记 kept",
        page=H("公文阅读 - 鲸湾水务协同办公", """
<div class="sys">⟦m 鲸湾水务协同办公系统　当前用户：值班室⟧</div>
<table class="attr"><tr><td>⟦m 文件编号：JW-SW-2025-117⟧</td><td>⟦m 紧急程度：急⟧</td></tr></table>
<h3>⟦t 关于开展膜组件更换期间停水检修的通知⟧</h3>
""", """
<div class="trail"><b>⟦m 办理记录⟧</b><p>⟦m 10-09 09:12 综合部 拟稿⟧</p><p>⟦m 10-09 10:40 生产副总 审核通过⟧</p></div>
<div class="btn">⟦a 标记为已读　转发　归档⟧</div>
"""),
        body="""
各部门、各车间：
因一期反渗透膜组件到期更换，厂区定于10月15日8时至16日20时停水检修。
检修期间，新区供水由二期工程保障，各车间要提前做好储水和设备保护工作。
抄送：鲸湾新区管委会，市供水调度中心。
鲸湾水务有限公司综合部　　2025年10月9日印发
""",
    ),
    dict(
        slug="qa-wendada-manhole-request-sample",
        site="问答达 (invented)", style="问答社区", genre="请示", kind="request", form="text",
        source="https://www.wendada.example.com/q/7719320.html",
        title="关于申请窨井盖专项整治经费的请示怎么写？",
        record_title=None,
        title_also=["关于申请窨井盖专项整治经费的请示"],
        date="2025-02-14",
        notes="Q&A: title missing; the question as the page title; the answer is a sample 请示 with ××××年×月×日 placeholder and 年 月 日 blanks; 回答于 as the page date; vote bar and 'more answers'",
        page="""
!m 问答达 > 公文写作 > 请示
{T}
!m 提问者：街道办小周　｜　3人关注
!m 最佳答案　公文老手陈　回答于 2025-02-14 10:26
{BODY}
!l 有用(48)　没用(2)　｜　评论
!l 其他3条回答 >
!a 下载问答达APP，随时随地提问
""",
        body="""
给你一个范本，按实际情况改一下就行：
关于申请窨井盖专项整治经费的请示
区财政局：
我街道辖区内现有各类窨井盖四千余个，其中破损、缺失、沉降的约三百个，存在较大安全隐患。
为此，我街道拟于××××年×月×日前完成专项整治，共需经费四十二万元，恳请予以支持。
妥否，请批示。
××街道办事处
年　月　日
""",
    ),
    dict(
        slug="qa-zhidao-landfill-odor-answer-html",
        site="知到问答 (invented)", style="问答社区", genre="问答", kind="answer", form="html",
        source="https://zhidao.example-zd.com/question/30018842.html",
        title="垃圾填埋场附近有臭味该向哪个部门反映？",
        record_title="垃圾填埋场附近有臭味该向哪个部门反映？_知到问答",
        date="2025-08-03",
        notes="Q&A HTML: a question title with _site; a signed answer with an 编辑于 date as the page date; a relative time on another answer is no date; the answer's own hotline 12345 kept; vote and report buttons",
        page=H("垃圾填埋场附近有臭味该向哪个部门反映？_知到问答", """
<div class="hd">⟦m 知到问答⟧ <a>⟦a 我要提问⟧</a></div>
<h1>⟦t 垃圾填埋场附近有臭味该向哪个部门反映？⟧</h1>
<div class="q">⟦m 匿名用户　2个回答　浏览 1,208⟧</div>
<div class="ans-hd">⟦m 环卫小工程师　编辑于 2025-08-03⟧</div>
""", """
<div class="vote">⟦l 赞同 21　反对　举报⟧</div>
<div class="other">⟦m 另一位网友　5天前⟧ ⟦l 直接打电话就行，挺快的。⟧</div>
<div class="foot">⟦d 知到问答内容均由网友提供，仅供参考⟧</div>
"""),
        body="""
这个问题我正好做过，简单说一下。
填埋场日常运行由城市管理部门或环卫部门负责，臭味扰民可以先向他们反映。
如果认为是污染物超标排放，可以向当地生态环境部门投诉，也可以直接拨打12345政务服务热线。
反映时最好写清楚时间、地点和气味持续情况，能附上照片更好。
""",
    ),
    dict(
        slug="collection-luguang-essay-streetlight-worker",
        site="路光文集 (invented)", style="个人文集", genre="散文", kind="essay", form="text",
        source="http://www.luguang-wj.example.net/juan2/047.html",
        title="三十年路灯情",
        record_title="《路光文集》卷二·第47篇｜三十年路灯情",
        date="2024-12-30",
        notes="a retired street-lighting worker's collection: decorated title, chapter navigation, the date at the end of the essay, a reader comment",
        indent="　　",
        gap=True,
        page="""
!m 路光文集 · 一个老电工的回忆
!l 目录 ｜ 上一篇：夜巡 ｜ 下一篇：灯杆上的燕子窝
!t 《路光文集》卷二·第47篇｜三十年路灯情
{BODY}
!l 读者留言（2）：老师傅写得真好，想起我父亲。——小安
!m 本站文字均为作者原创，转载请注明出处。
""",
        body="""
我是一九九四年进的路灯所，那时全城只有两千多盏高压钠灯，坏一盏就得爬杆去换。
冬夜里抢修，手冻得握不住扳手，徒弟小范就把热水袋塞进我的工具包。
后来有了升降车，又有了远程监控，路灯坏了，值班室的屏幕上一眼就能看出来。
三十年过去，城市亮了，我也老了，可每次夜里出门，总要抬头看看那一盏盏灯。
2024年12月30日夜
""",
    ),
    dict(
        slug="collection-lanting-html-retired-keeper",
        site="岚汀文存 (invented)", style="个人文集", genre="演讲稿", kind="speech", form="html",
        source="https://lanting-wc.example.org/vol3/chap12.html",
        title="在治沙站建站四十周年座谈会上的发言",
        record_title="岚汀文存 - 在治沙站建站四十周年座谈会上的发言",
        date="2023-10-16",
        notes="a retired sand-control keeper's collection in HTML: chapter nav, a date under the speech title in Chinese numerals, a speaker line neutral; collection footer",
        page=H("岚汀文存 - 在治沙站建站四十周年座谈会上的发言", """
<div class="vol">⟦m 岚汀文存　卷三　治沙岁月⟧</div>
<div class="toc">⟦l 卷目录 | 上一章 | 下一章⟧</div>
<h2>⟦t 在治沙站建站四十周年座谈会上的发言⟧</h2>
<p class="sub">（二〇二三年十月十六日）</p>
<p class="sub">老站长　岚汀</p>
""", """
<div class="toc">⟦l 上一章：种下第一棵梭梭 | 下一章：风沙里的家⟧</div>
<div class="foot">⟦m 岚汀文存 · 家人整理上线 · 2024⟧</div>
"""),
        body="""
各位领导、同志们：
四十年前，我们七个人赶着两辆马车来到这片沙窝子，搭起了第一间土坯房。
那时候，一场大风刮过，刚栽下的树苗就被连根拔起，大家蹲在沙梁上掉眼泪。
如今，站里管护的防护林已经有十八万亩，沙丘不再往村子里走了。
我老了，干不动了，希望年轻人把这片林子守好，把治沙的精神传下去。
""",
    ),
]
