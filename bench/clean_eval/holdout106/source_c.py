"""holdout106, part C: a writing app's kindergarten letter on hand-foot-mouth disease, an exam forum's
essay on throat singing, an encyclopaedia entry with placeholders, a mealworm co-op's plan on a cloud
drive, a Double Ninth speech in a snapshot frame, a measles catch-up print view, a mumps notice
forwarded by mail, a luosifen industry summary on an old 范文 site, a black-soldier-fly report on a
paid preview, a student-obesity plan, grassland grasshopper news and a builders' union heatstroke
letter. Everything invented."""

CASES = [
    dict(
        slug="app-xiezi-letter-hfmd-kindergarten",
        site="写字熊范文APP (invented)",
        style="范文APP",
        genre="书信",
        kind="letter",
        form="text",
        source="https://m.xiezixiong.example.com/share/a/77310?from=app",
        title="预防手足口病致家长的一封信",
        record_title="预防手足口病致家长的一封信｜写字熊",
        date="2025-04-08",
        notes="writing-app share page; decorated ｜app title; the kindergarten's 回执 sentence and phone kept; open-in-app prompts",
        page="""
!a 打开写字熊APP，阅读体验更好　［立即打开］
{T}
!m 写字熊 · 幼教文书　3.2万人看过
{BODY}
!a 复制全文需开通熊卡会员
!l 你可能还需要：秋季传染病预防告家长书｜幼儿园晨检制度
!d 内容由创作者提供，写字熊仅提供展示服务
!a 下载写字熊，万篇范文随身带
""",
        indent="　　",
        body="""
亲爱的家长朋友：
春季是手足口病的高发季节。手足口病主要通过密切接触、飞沫传播，五岁以下儿童最易感染。为保护孩子健康，请您配合做好以下几点：
一、教育孩子饭前便后、外出回家后用肥皂或洗手液洗手，不喝生水、不吃生冷食物。
二、每天早上送园前查看孩子的手心、脚心和口腔，发现疱疹或发热，请及时就医，暂不入园。
三、孩子确诊后，请第一时间告知班级老师，痊愈一周后凭医院证明返园。
请家长阅读后填写下方回执，于4月10日前交给班级老师。如有疑问，请拨打保健室电话：0731-8420 5516。
桫川县第二幼儿园
2025年4月8日
""",
    ),
    dict(
        slug="gkforum-shangan-essay-throat-singing",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-551203-1-1.html",
        title="让古老的呼麦在新时代唱响",
        record_title="【申论范文】让古老的呼麦在新时代唱响（附批改意见）",
        date=None,
        notes="exam forum; decorated title; floor meta and moderator's 批改 as chrome after the essay; relative time not a date; forum junk glued",
        page="""
!m 上岸公考论坛 › 申论交流 › 大作文练笔
{T}
!m 1#　楼主　奔跑的小研　　发表于 3 天前　　来自手机
{BODY}
!l 2#　版主·老黄　　批改：立意准确，分论点层次清楚，第三段可以补一个具体做法。预估得分 32/40
!l 3#　一战上岸　　mark，学习了
!l 回复　引用　举报　　↑顶 25
!a 登录后才能发帖，没有账号？注册
""",
        junk=dict(lines=0, glued=2),
        indent="　　",
        body="""
在辽阔的草原上，一个人同时发出两个声部的声音，这就是被誉为“天籁之音”的呼麦。它是草原民族千百年来与自然对话的方式，也是珍贵的非物质文化遗产。
然而，随着年轻人走出草原，会唱呼麦的人越来越少。传承呼麦，首先要守住“根”。要为老艺人建档立卡，用录音录像把他们的技艺完整记录下来。
传承呼麦，还要接上“新”。鼓励青年艺人把呼麦融入流行音乐和影视配乐，让更多人在新的旋律中听见古老的声音。
传承呼麦，更要走进“校”。在草原学校开设兴趣课，让孩子们从小学唱、爱唱。
古老的呼麦，只有代代有人唱，才能一直唱下去。
""",
    ),
    dict(
        slug="baike-wenyuan-entry-proposal-placeholders",
        site="文渊百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wenyuan.example.com/item/倡议书/3321",
        title="倡议书",
        record_title="倡议书_文渊百科",
        date=None,
        notes="encyclopaedia entry; decorated _site title; template placeholder 20××年×月×日 kept and not a date; edit links and catalogue as chrome; a numbered structure list",
        page="""
<html><head><meta charset="utf-8"><title>倡议书_文渊百科</title></head><body>
<div class="hd">⟦m 文渊百科　全球中文知识库⟧　⟦a 登录⟧　⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="toolbar">⟦a 编辑词条⟧　⟦a 收藏⟧　⟦l 分享⟧</div>
<div class="catalog">⟦l 目录　1 基本含义　2 结构格式　3 范例⟧</div>
{BODY}
<div class="stats">⟦m 浏览次数：68,221　编辑次数：17次　最近更新：wy_editor_08⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士。⟧　⟦m ©2025 文渊百科⟧</div>
</body></html>
""",
        body="""
倡议书是为倡导某项活动、提出某种建议，向社会或特定群体公开发出的号召性文书。
倡议书一般由以下几部分组成：
1. 标题。可以只写“倡议书”，也可以写成“关于……的倡议书”。
2. 称呼。写明倡议的对象，如“全体市民朋友们”。
3. 正文。写明倡议的背景、目的和具体倡议事项，倡议事项通常分条列出。
4. 结尾。表达倡议者的决心和希望。
5. 落款。写明倡议单位或个人的名称，并在下一行写明日期，如“20××年×月×日”。
倡议书不具有强制性，语言要亲切、富有感染力。
""",
    ),
    dict(
        slug="netdisk-guangpan-plan-mealworm-coop",
        site="光盘云分享 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://pan.guangpan.example.com/s/1mXq7Tz0Rk",
        title="榕口县黄粉虫养殖专业合作社2025年扩大养殖规模实施方案",
        record_title="黄粉虫合作社扩规方案2025（定稿）.docx",
        title_in="file-name",
        date="2025-02-26",
        notes="cloud-drive share page; file-name record title with （定稿）; file info and expiry lines; save-to-drive actions; a data table",
        page="""
!m 光盘云 · 分享文件
!m 黄粉虫合作社扩规方案2025（定稿）.docx　　41.7KB
!m 分享者：榕口黄粉虫合作社　　分享时间：2025-03-01 10:44　　有效期：永久有效
!a 保存到我的光盘　　普通下载　　极速下载（会员）
!a 在线预览仅显示前5页
{BODY}
!d 请勿分享违法违规内容，一经发现将被取消分享。
!m 光盘云客服：kefu@guangpan.example.com
""",
        body="""
榕口县黄粉虫养殖专业合作社2025年扩大养殖规模实施方案
为发挥合作社带动作用，增加社员收入，结合市场需求，制定本方案。
一、现状
合作社现有社员四十六户，养殖房三千二百平方米，2024年销售鲜虫和虫干共一百一十八吨。
二、目标
项目　　2024年　　2025年目标
养殖面积（平方米）　　3200　　5000
鲜虫产量（吨）　　118　　190
带动农户（户）　　46　　70
三、主要措施
新建标准化养殖房一千八百平方米，统一供种、统一饲料、统一回收，与两家饲料企业签订长期收购协议。
榕口县黄粉虫养殖专业合作社
2025年2月26日
""",
    ),
    dict(
        slug="snapshot-kuaiyan-speech-double-ninth",
        site="快眼搜索快照 (invented)",
        style="搜索快照",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://cache.kuaiyan.example.com/c?u=http%3A%2F%2Fwww.luoling-ll.example.cn%2Fnews%2F2610.html",
        title="在重阳节敬老座谈会上的讲话",
        record_title="在重阳节敬老座谈会上的讲话 - 快眼快照",
        date="2024-10-11",
        notes="search-cache frame; decorated record title; the snapshot banner with the cache time (not a date) and highlighted keywords; date under the speech title",
        page="""
<html><head><meta charset="utf-8"><title>在重阳节敬老座谈会上的讲话 - 快眼快照</title></head><body>
<div class="kybar">⟦m 这是 http://www.luoling-ll.example.cn/news/2610.html 的快照，抓取于 2025年3月2日 05:12:40。⟧<br>⟦m 快眼和网页作者无关，不对其内容负责。高亮关键词：重阳　敬老⟧<br>⟦a 查看原网页⟧</div>
<hr>
<div class="orig-top">⟦m 椤岭县老龄工作委员会办公室⟧</div>
<h2>{T}</h2>
<p>（2024年10月11日）</p>
<p>县委副书记　戚明远</p>
{BODY}
<div class="orig-foot">⟦m 本网发布　转载请注明⟧</div>
</body></html>
""",
        body="""
各位老同志、老前辈：
金秋十月，又逢重阳。今天，我们邀请各位老同志欢聚一堂，共话发展、共叙情谊。首先，我代表县委、县政府，向全县老年朋友致以节日的祝福！
这一年，县里新建了十二个村级互助幸福院，为八十岁以上老人发放高龄津贴，城区老年食堂实现社区全覆盖。
各位老同志经验丰富，希望大家继续关心县里的发展，多提宝贵意见。
最后，祝大家节日快乐、身体健康、阖家幸福！
""",
    ),
    dict(
        slug="print-measles-catchup-notice-cn-date",
        site="梣原市卫生健康委员会 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wjw.cenyuan.example.gov.cn/print.jsp?id=40318",
        title="关于开展适龄儿童麻疹疫苗查漏补种工作的通知",
        record_title="打印预览 - 关于开展适龄儿童麻疹疫苗查漏补种工作的通知",
        date="2025-03-03",
        notes="print view; decorated 打印预览 title; document number neutral; Chinese-numeral date; print footer 第1页/共1页 and a print stamp (not a date)",
        page="""
!a ［打印本页］　［关闭］
{T}
梣卫健发〔2025〕11号
{BODY}
!m 打印时间：2025/6/18 14:07:55
!m http://wjw.cenyuan.example.gov.cn/art/2025/3/3/art_40318.html
!p 第 1 页，共 1 页
""",
        body="""
各区县卫生健康局，各预防接种单位：
为巩固消除麻疹成果，提高适龄儿童含麻疹成分疫苗接种率，决定于2025年3月至5月在全市开展查漏补种工作。
一、补种对象：全市八月龄至十四周岁未完成含麻疹成分疫苗两剂次接种的儿童。
二、工作要求：各接种单位要逐人核对接种证和信息系统记录，对漏种儿童建立台账，及时通知补种。
三、各区县于6月5日前将补种工作总结报市卫健委疾控科。
梣原市卫生健康委员会
二〇二五年三月三日
抄送：市教育局，市疾控中心。
""",
    ),
    dict(
        slug="mail-fwd-mumps-school-attachments",
        site="榧田一中教师邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://teacher.fytz.example.edu.cn/inbox/2025-11-04/0931",
        title="关于做好秋冬季流行性腮腺炎防控工作的通知",
        record_title="Fwd: 关于做好秋冬季流行性腮腺炎防控工作的通知",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="forwarded mail; Fwd: title; mail headers as meta; the mail's attachment header next to the document's own 附件 line; quoted-forward marker lines",
        page="""
!m 发件人：校办 <xiaoban@fytz.example.edu.cn>
!m 收件人：全体班主任
!m 发送时间：2025年11月4日（星期二）上午9:31
!m 主题：Fwd: 关于做好秋冬季流行性腮腺炎防控工作的通知
!m 附件：腮腺炎防控通知.pdf (186K)
各位班主任，转发县卫健局通知，请认真落实晨午检。
!m ---------- 转发的邮件 ----------
!m 发件人：县卫健局疾控股
{T}
{BODY}
!d 此邮件及附件可能含有保密信息，如误收请立即删除。
!a 回复　全部回复　转发
""",
        body="""
各中小学校、幼儿园：
近期，我县部分学校出现流行性腮腺炎病例。为防止疫情在校园内传播，现将有关要求通知如下：
一、严格落实晨午检和因病缺勤追踪制度，发现腮腺肿大、发热的学生，应立即通知家长带其就医。
二、患病学生应居家隔离至腮腺完全消肿，返校须持医疗机构开具的复课证明。
三、教室、宿舍每日开窗通风不少于三次，每次三十分钟。
附件：流行性腮腺炎防控知识
榧田县卫生健康局
2025年11月3日
""",
    ),
    dict(
        slug="fanwen-luoyu-html-summary-luosifen-marquee",
        site="螺语范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.luoyufw.example.com/zongjie/2025/1215/29871.html",
        title="榕口县螺蛳粉产业发展工作总结",
        record_title="榕口县螺蛳粉产业发展工作总结（精选范本）_螺语范文网",
        date="2024-12-10",
        notes="old gb2312 table layout with a marquee, a visitor counter and a font-size row; decorated title; writing-service box between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>榕口县螺蛳粉产业发展工作总结（精选范本）_螺语范文网</title></head>
<body>
<table width="960"><tr><td>⟦m 螺语范文网 www.luoyufw.example.com⟧</td><td><marquee>⟦m 欢迎光临螺语范文网，海量范文每日更新！⟧</marquee></td></tr></table>
<table width="960"><tr><td>⟦m 首页　工作总结　工作计划　讲话稿　心得体会　述职报告⟧</td></tr></table>
<table width="960"><tr><td>
<div>⟦m 当前位置：螺语范文网 → 工作总结 → 产业总结⟧</div>
<div align="center"><b>{T}</b></div>
<div align="center">⟦m 作者：佚名　文章来源：网友投稿　点击数：⟧⟦m 1583⟧⟦m 　更新时间：2024-12-15⟧</div>
<div>⟦a 【字体：小 大】⟧</div>
{BODY}
<div>⟦l 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】⟧</div>
<div>⟦l 上一篇文章：乡镇农产品电商工作总结⟧<br>⟦l 下一篇文章：县域特色产业调研报告⟧</div>
</td></tr></table>
<table width="960"><tr><td>⟦m 您是本站第 0088213 位访客⟧<br>⟦d 本站部分文章来自网络，仅供参考。⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，县委、县政府把螺蛳粉产业作为富民强县的重点产业来抓，产业规模持续扩大，带动效应不断增强。
一、主要成效
全县螺蛳粉生产企业发展到三十七家，全年袋装螺蛳粉产值突破二十六亿元，同比增长百分之十八。
建成竹笋、豆角、螺蛳等原料基地十二万亩，带动二万一千余户农户增收。
⟦w 本站专业代写各类总结汇报材料，详询客服QQ 2281930657⟧
二、存在问题
一是企业规模偏小，同质化竞争明显；二是原料基地标准化程度不高，部分批次酸笋质量不稳定。
三、下一步打算
加快建设产业园二期，推动龙头企业兼并重组，完善原料质量追溯体系，打响县域品牌。
榕口县螺蛳粉产业发展办公室
2024年12月10日
""",
    ),
    dict(
        slug="wenku-html-bsf-research-page-paragraphs",
        site="知芽文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhiya.example.com/view/c71b04e2.html",
        title="关于黑水虻处理畜禽粪污的调研报告",
        record_title="关于黑水虻处理畜禽粪污的调研报告 - 知芽文库",
        date="2025-05-20",
        notes="paid 文库 preview as HTML; page markers as HTML paragraphs cut sentences; 剩余内容 pay prompt; decorated title",
        page="""
<html><head><meta charset="utf-8"><title>关于黑水虻处理畜禽粪污的调研报告 - 知芽文库</title></head><body>
<div class="top">⟦m 知芽文库　专业文档分享平台⟧　⟦a 上传文档⟧　⟦a 登录/注册⟧</div>
<div class="docinfo"><h1>{T}</h1><div>⟦m 贡献者：ny_yanjiu　5页　4.8分　2025-06-01上传⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 剩余 2 页未读，开通知芽会员继续阅读⟧</div>
<div class="btns">⟦a 下载文档（3芽币）⟧　⟦a 收藏⟧</div>
<div class="rel">⟦l 相关文档：畜禽粪污资源化利用方案　生物转化技术综述⟧</div>
</body></html>
""",
        pages=dict(fmt="— 第{n}页 —", every=150, start=2),
        body="""
今年4月至5月，县农业农村局组成调研组，对全县三家利用黑水虻处理畜禽粪污的养殖场进行了专题调研。
一、基本情况
黑水虻幼虫可以取食畜禽粪便，将其转化为虫体蛋白和有机肥。三家养殖场日处理鲜粪共计四十二吨，产出鲜虫约六吨、虫沙有机肥二十余吨。
二、主要成效
一是粪污处理成本比传统堆肥低三成左右；二是虫体可作为饲料蛋白出售，每吨鲜虫售价约三千元，养殖场多了一笔收入。
三、存在问题
冬季气温低，幼虫生长缓慢，处理能力下降一半以上；虫沙有机肥尚未取得登记证，销售渠道受限。
四、建议
建议对冬季保温设施给予补贴，并协助企业办理有机肥登记。
县农业农村局调研组
2025年5月20日
""",
    ),
    dict(
        slug="gov-yuanxiang-plan-student-obesity-docno",
        site="栝源市人民政府网 (invented)",
        style="政府门户",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://www.guayuan.example.gov.cn/zwgk/zcwj/202509/t20250915_5521.html",
        title="栝源市儿童青少年肥胖防控实施方案（2025—2027年）",
        record_title="栝源市儿童青少年肥胖防控实施方案（2025—2027年）",
        date="2025-09-12",
        notes="government portal text; document number neutral; index table meta block; decimal headings; 印发 版记 kept; 发布日期 differs (also accepted)",
        date_also=["2025-09-15"],
        page="""
!m 栝源市人民政府　政府信息公开
!m 索引号：11430900MB1C2271X/2025-00318　　主题分类：卫生、体育
!m 发文机关：栝源市卫生健康委员会　栝源市教育局　　发布日期：2025-09-15
{T}
栝卫健联〔2025〕7号
{BODY}
!a 【打印】　【关闭】　【收藏】
!m 栝源市人民政府办公室主办　政府网站标识码：4309000015
""",
        body="""
为有效遏制儿童青少年超重肥胖率上升势头，制定本方案。
1 工作目标
1.1 到2027年，全市中小学生体质健康达标率达到百分之九十二以上。
1.2 儿童青少年超重肥胖率增幅比2024年下降百分之七十。
2 主要措施
2.1 保障在校体育活动时间。中小学生每天在校内体育活动时间不少于一小时。
2.2 改善学校膳食。学校食堂执行营养配餐指南，减少油炸食品和含糖饮料供应。
2.3 开展家庭健康教育。通过家长学校普及合理膳食、规律作息知识。
栝源市卫生健康委员会　栝源市教育局
2025年9月12日
栝源市卫生健康委员会办公室　2025年9月12日印发
""",
    ),
    dict(
        slug="news-caoyuan-grasshopper-title-glued",
        site="草原快报 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.caoyuankb.example.com/nmg/2025/06/1843.shtml",
        title="桤原旗启动草原蝗虫监测防控工作",
        record_title=None,
        date="2025-06-10",
        notes="no record title; title printed twice, the second time glued to the lead; news time line; editor line at the end; related list",
        page="""
!m 草原快报 | 牧区新闻
{T}
!m 2025-06-10 10:26:31　来源：草原快报　作者：苏和
⟦t 桤原旗启动草原蝗虫监测防控工作⟧{BODY}
!m 编辑：萨仁　校对：王春
!l 相关报道
!l 牧区夏季防火进入关键期
!l 禁牧休牧区巡查力度加大
""",
        body="""
6月9日，桤原旗召开草原蝗虫监测防控工作会议，部署今年的蝗虫监测和防治工作。
据旗草原工作站监测，今年全旗草原蝗虫发生面积预计八十万亩左右，其中需要防治的严重发生区约二十万亩。
旗里在十四个苏木镇设立监测点五十个，由专人每五天上报一次虫口密度。
防治工作将以牧鸡牧鸭、绿僵菌等生物防治为主，化学防治为辅，尽量减少对草原生态的影响。
""",
    ),
    dict(
        slug="wechat-mirror-text-union-heatstroke-letter",
        site="公号存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="书信",
        kind="letter",
        form="text",
        source="https://gzcd.example.net/a/2025-07-08/zhehu-jzgh",
        title="致全市建筑业户外劳动者的防暑降温慰问信",
        record_title="致全市建筑业户外劳动者的防暑降温慰问信",
        date="2025-07-08",
        notes="WeChat mirror text; account line with 原创 and time; 点击蓝字关注 prompt at top; 分享/在看 at the end; a sentence about 关注 the union's account kept",
        page="""
!a 点击上方蓝字，关注“柘湖建设工会”
{T}
!m 原创　柘湖建设工会　2025-07-08 07:45
{BODY}
!l 分享　收藏　在看　点赞
!m 柘湖建设工会　长按识别二维码关注我们
!d 存档页面，仅供检索，如有侵权请联系删除
""",
        body="""
全市建筑业的职工朋友们：
盛夏已至，高温酷暑。你们顶着烈日奋战在施工一线，为城市建设挥洒汗水，市建设工会向你们致以崇高的敬意和诚挚的问候！
高温天气下，请大家合理安排作业时间，中午12时至15时尽量避开露天作业；多喝淡盐水，出现头晕、乏力、恶心等中暑先兆时立即到阴凉处休息。
各施工单位要落实高温津贴，为职工配备防暑药品和清凉饮料。
工会将在全市设立二十个“户外劳动者驿站”，为大家提供纳凉、饮水、休息服务，具体位置可关注本公众号查询。
柘湖市建设工会
2025年7月8日
""",
    ),
]
