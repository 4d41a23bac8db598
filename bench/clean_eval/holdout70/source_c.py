"""holdout70, part C: ocarina (陶笛) ensembles. Invented text; see ../build.py for the markup."""

CASES = [
    dict(
        slug="app-taodi-summary-share",
        site="妙笔公文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.miaobi-app.cn/share/article?aid=5530218",
        title="镇文化站陶笛队2024年工作总结",
        record_title="镇文化站陶笛队2024年工作总结｜妙笔公文",
        date="2024-12-28",
        notes="app share page; open-in-app chrome; 成文日期 in Chinese numerals",
        page="""
!a 打开妙笔公文APP，阅读体验更佳
!m 妙笔公文 · 范文精选
{T}
!m 148人看过　·　已收录至「年终总结」合集
{BODY}
!a 续读全文请在APP内打开　　立即打开
!l 相关范文：文化站年度工作总结｜群众文艺团队管理办法
""",
        body="""
2024年，镇文化站陶笛队在镇党委、政府的支持下，全年排练48次，参加县级以上演出6场，队员由15人增加到26人。
一是坚持每周排练，邀请县音乐家协会老师指导四次。二是走进敬老院、学校开展公益演出。三是整理了一套适合初学者的陶笛练习曲集。
来年，陶笛队将筹备首场专场音乐会。
楝原镇综合文化站
二〇二四年十二月二十八日
""",
    ),
    dict(
        slug="gkforum-taodi-essay-floors",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.com/thread-90412-1-1.html",
        title="让非遗小乐器奏响乡村振兴大合唱",
        record_title="[申论范文] 让非遗小乐器奏响乡村振兴大合唱（附批改意见）",
        date=None,
        notes="decorated forum title; floors; forum junk; no date",
        page="""
!m 上岸公考论坛 › 申论交流 › 范文批改
!t [申论范文] 让非遗小乐器奏响乡村振兴大合唱（附批改意见）
!m 楼主 雪落桦口　|　发表于 昨天 22:15　|　积分 1286
{BODY}
!l 2楼 申论阿木：开头点题不错，第二段论据还能再具体一些
!l 3楼 考公第三年：打卡学习
!a 本帖最后由 雪落桦口 于 昨天 22:31 编辑
!m 上岸公考论坛 ©2025　京ICP备19064302号
""",
        junk=dict(lines=1, glued=1),
        body="""
一支陶笛，几个音孔，吹出的是乡愁，也是新的生计。某县依托陶土资源发展陶笛制作，带动两千多名群众就业，小乐器成了大产业。
乡村振兴，产业是基础，文化是灵魂。非遗乐器的价值，不只在于保存技艺，更在于让它走进当下生活、形成市场。
因此，要在保护中开发，在开发中传承，让更多“小乐器”奏响乡村振兴的大合唱。
""",
    ),
    dict(
        slug="baike-taodi-entry-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.cn/item/陶笛/10472",
        title="陶笛",
        record_title="陶笛_知源百科",
        date=None,
        notes="encyclopaedia entry; edit links; catalog; example date inside a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>陶笛_知源百科</title><script>var wikiId=10472;</script></head>
<body><div class="searchbar">⟦m 知源百科⟧ ⟦a 进入词条⟧ ⟦a 搜索词条⟧</div>
<div class="lemma"><h1>{T}</h1> <span>⟦a 编辑⟧</span> <span>⟦a 讨论⟧</span> <span>⟦a 上传视频⟧</span></div>
<div class="catalog">⟦l 目录　1 起源　2 构造　3 分类⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 《民间吹奏乐器图说》⟧</div>
<div class="edit">⟦m 词条统计　浏览次数：68201　编辑次数：19次历史版本⟧</div>
<div class="foot">⟦d ©2025 知源百科　使用前必读　百科协议⟧</div></body></html>
""",
        body="""
陶笛是一种用陶土烧制的闭管吹奏乐器，常见的有六孔、十二孔等形制。
其音色圆润柔和，易学易奏，适合中小学音乐课堂和群众文艺活动。
现代十二孔陶笛于1853年前后在欧洲定型，后在东亚广泛流行。
""",
    ),
    dict(
        slug="netdisk-taodi-plan-share",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunxia.cn/s/1kTq7mWc9taodi",
        title="陶笛进课堂实施方案",
        record_title="陶笛进课堂实施方案.pdf",
        date="2025-02-20",
        notes="file-name title; share page chrome; share stamp not a date; 成文日期 kept",
        page="""
!m 云匣网盘 | 分享文件
!m 分享者：c***林　分享时间：2025-03-02 14:07　有效期：永久
!t 陶笛进课堂实施方案.pdf
!a 保存到我的云匣　　下载(1.2MB)　　举报
!m 在线预览（第1-2页）
{BODY}
!a 预览已结束，保存后可查看全部4页
!d 请勿分享违规内容，云匣网盘保护您的文件安全
""",
        body="""
为落实美育浸润行动，丰富音乐课堂乐器教学，结合我校实际，制定本方案。
一、实施年级：三至五年级，每周一节音乐课用于陶笛教学。
二、器材保障：学校统一采购六孔陶笛，学生自愿购买的不得强制指定品牌。
三、评价方式：学期末组织班级陶笛展示，不进行等级考试。
枳山县实验小学
2025年2月20日
""",
    ),
    dict(
        slug="snapshot-taodi-notice-frame",
        site="搜索引擎快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.sousuo-kz.com/c?u=www.duanhu.gov.cn/art/2025/7/3/art_112_6632.html",
        title="关于暂停城市广场陶笛演奏活动的通知",
        record_title="关于暂停城市广场陶笛演奏活动的通知",
        date="2025-07-03",
        notes="snapshot frame header; crawl time not a date; 成文日期 kept",
        page="""
!m 这是 www.duanhu.gov.cn/art/2025/7/3/art_112_6632.html 的快照，保存于2025年7月9日 03:12:40。
!m 原网页可能已经更新，请以原页面为准。点击此处查看最新网页。
!m 您搜索的关键词已被高亮：陶笛 广场
{T}
{BODY}
!m 椴湖区城市管理局　网站地图　联系我们
""",
        body="""
各陶笛爱好者团队：
因城市广场地面改造施工，自2025年7月7日起暂停广场内一切群众文艺演奏活动，施工结束后另行通知。
请各团队暂时移至滨湖公园东侧草坪活动，注意控制音量，晚上9时前结束。
给大家带来的不便，敬请谅解。
椴湖区城市管理局
2025年7月3日
""",
    ),
    dict(
        slug="print-taodi-rules-footer",
        site="樟口县文化馆 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.zkwhg.cn/print.jsp?id=4410",
        title="樟口县文化馆乐器借用管理办法",
        record_title="打印预览 - 樟口县文化馆乐器借用管理办法",
        date="2025-01-15",
        notes="print view; print footer; rules about 扫码 kept",
        page="""
!a 〔打印本页〕　〔返回原文〕
!m 樟口县文化馆
{T}
{BODY}
!p 第1页 / 共1页
!m 打印时间：2025/7/14 10:20
""",
        body="""
第一条　为规范馆藏乐器借用，制定本办法。
第二条　陶笛、葫芦丝等小型乐器可借用，借期不超过30天。
第三条　借用人须扫描乐器柜上的二维码登记，归还时再次扫码确认。
第四条　乐器损坏的，按原价折旧赔偿。
第五条　本办法自2025年1月15日起施行。
""",
    ),
    dict(
        slug="mail-taodi-forward-request",
        site="桤川群艺馆邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:office@qcqyg.cn#msg-20250418",
        title="关于购置陶笛教学器材的请示",
        record_title="Fwd: 关于购置陶笛教学器材的请示.docx",
        date="2025-04-16",
        date_also=["2025-04-18"],
        notes="mail headers; own 附件 line kept; send date also accepted",
        page="""
!m 发件人：群艺馆办公室 <office@qcqyg.cn>
!m 收件人：县文旅局财务科
!m 发送时间：2025年4月18日 星期五 9:02
!m 主题：Fwd: 关于购置陶笛教学器材的请示.docx
!m 附件：关于购置陶笛教学器材的请示.docx (28KB)
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件由群艺馆邮件系统发出，如非本人请删除。
""",
        body="""
县文旅局：
我馆公益陶笛培训班报名人数已达90人，现有教学陶笛40支，无法满足教学需要。拟购置十二孔陶笛60支，预算4800元，从免费开放经费中列支。
妥否，请批示。
附件：陶笛采购询价单
桤川县群众艺术馆
2025年4月16日
""",
    ),
    dict(
        slug="gov-taodi-opinion-banji-html",
        site="槭川市文化广电旅游局 (invented)",
        style="政府门户",
        genre="意见",
        kind="other",
        form="html",
        source="http://wlj.qichuan-city.gov.cn/zwgk/fgwj/202506/t20250612_5520.html",
        title="关于扶持陶笛特色文化产业发展的实施意见",
        record_title="关于扶持陶笛特色文化产业发展的实施意见_槭川市文化广电旅游局",
        date="2025-06-10",
        notes="抄送/印发 版记 kept; document number neutral; index table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于扶持陶笛特色文化产业发展的实施意见_槭川市文化广电旅游局</title></head>
<body><div class="top">⟦m 槭川市文化广电旅游局⟧ ⟦a 长辈版⟧ ⟦a 无障碍浏览⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 机构概况⟧ ⟦m 政府信息公开⟧ ⟦m 文旅资讯⟧</div>
<table><tr><td>⟦m 文　　号：槭文旅发〔2025〕8号⟧</td><td>⟦m 成文日期：2025-06-10⟧</td></tr></table>
<h1>{T}</h1>
{BODY}
<div>⟦a 【打印】⟧ ⟦a 【关闭】⟧ ⟦a 【字体：大 中 小】⟧</div>
<div class="foot">⟦m 主办单位：槭川市文化广电旅游局⟧ ⟦m 政府网站标识码：4309000042⟧</div>
</body></html>
""",
        body="""
各县（市、区）文化广电旅游局：
为推动陶笛制作和演奏特色文化产业发展，现提出如下意见。
一、支持陶笛制作企业申报非遗生产性保护基地，每家给予一次性补助5万元。
二、鼓励举办陶笛音乐节，对规模较大的节会给予宣传推介支持。
槭川市文化广电旅游局
2025年6月10日
抄送：市发展改革委，市财政局。
槭川市文化广电旅游局办公室　2025年6月11日印发
""",
    ),
    dict(
        slug="news-taodi-report-oneline",
        site="杞川融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.qichuanrm.com/a/20250520/101822.html",
        title="杞川百名学生陶笛齐奏迎接文化遗产日",
        record_title=None,
        date="2025-05-20",
        notes="one-line body; title glued to lead; news-app dotted date",
        page="""
!m 杞川融媒 · 本地新闻
!m 2025.05.20 17:36　杞川融媒记者 沈若
{T}{BODY}
!l 点赞 56　评论 3　分享
!a 下载杞川融媒客户端，看更多本地资讯
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
5月20日，杞川县百名小学生在县博物馆广场齐奏陶笛，迎接即将到来的文化和自然遗产日。
此次齐奏的曲目为本地民歌改编的《杞水谣》，由县文化馆老师编配。
县文化馆表示，今年还将在10所学校推广陶笛教学。
""",
    ),
    dict(
        slug="fanwen-taodi-host-script",
        site="范文大观园 (invented)",
        style="范文站",
        genre="主持词",
        kind="other",
        form="html",
        source="http://www.fwdgy.com/zhuchici/wanhui/57214.html",
        title="陶笛专场音乐会主持词",
        record_title="【可编辑】陶笛专场音乐会主持词（精选范本）",
        date=None,
        notes="old layout with reading-size row and floating consult box; placeholders kept",
        page="""
<html><head><meta charset="gbk"><title>陶笛专场音乐会主持词_范文大观园</title></head><body>
<table width="100%"><tr><td>⟦m 范文大观园 www.fwdgy.com⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table><tr><td>⟦m 位置：主页 » 主持词 » 晚会主持词⟧</td></tr></table>
<h1>{T}</h1>
<div>⟦a 【阅读字号：大 中 小】⟧ ⟦m 时间：2025-06-01 人气：2240⟧</div>
{BODY}
<div class="float">⟦w 写材料没思路？资深笔杆在线接单 QQ 2980014577⟧</div>
<table><tr><td>⟦l 本周热门：元旦晚会主持词｜教师节主持词｜开业庆典主持词⟧</td></tr></table>
<div>⟦d 本站内容来自网友投稿，版权归原作者⟧</div></body></html>
""",
        body="""
尊敬的各位来宾，亲爱的朋友们：晚上好！
一支陶笛，一缕乡音。欢迎大家来到××陶笛团××专场音乐会的现场。
首先请欣赏开场合奏《故乡的云》，演奏者：××陶笛团全体队员。
音乐会到此圆满结束，感谢大家的聆听，我们明年再会！
""",
    ),
    dict(
        slug="wenku-taodi-speech-html-pages",
        site="易读文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.yidu-wenku.com/p-87130022.html",
        title="在全市陶笛产业发展座谈会上的讲话",
        record_title="在全市陶笛产业发展座谈会上的讲话（VIP专享）",
        date="2025-03-27",
        notes="HTML reader with a page marker paragraph; date under title in Chinese numerals",
        pages=dict(fmt="❮{n}❯", every=120, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在全市陶笛产业发展座谈会上的讲话（VIP专享）- 易读文库</title></head>
<body><div class="hd">⟦m 易读文库⟧ ⟦a 开通VIP⟧ ⟦a 登录/注册⟧</div>
<div class="docinfo">⟦m 页数：3 ｜ 大小：35.6KB ｜ 上传者：wen***88⟧</div>
<h1>{T}</h1>
<p class="c">（二〇二五年三月二十七日）</p>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 剩余1页未读，开通VIP免费阅读⟧</div>
<div class="rel">⟦l 相关推荐：特色产业发展座谈会讲话 · 非遗保护工作会议讲话⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开座谈会，主要是听听陶笛企业和艺人的意见，研究推动产业发展的办法。
这些年，我市陶笛制作从家庭作坊起步，发展到现在的46家企业，年产值超过三亿元，但也存在品牌散、设计弱、人才缺的问题。
下一步，市里将设立陶笛设计奖，支持企业与高校合作培养制作人才，打响槭川陶笛品牌。
""",
    ),
    dict(
        slug="qa-taodi-answer-buying",
        site="问道社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wendao-sq.com/question/661027",
        title="成人零基础学陶笛，买六孔还是十二孔？",
        record_title="成人零基础学陶笛，买六孔还是十二孔？ - 问道社区",
        date="2025-04-11",
        notes="answer's 回答于 line is the page date; vote bar; a sentence about 收藏 kept",
        page="""
!m 问道社区
!t 成人零基础学陶笛，买六孔还是十二孔？
!m 关注者 42　·　被浏览 8,133
!m 桦口陶艺人　陶笛教师　回答于 2025-04-11
{BODY}
!l 赞同 208　　反对　　评论 17　　喜欢
!l 更多回答
!d 未经作者授权，禁止转载
""",
        body="""
建议直接买十二孔中音C调。
六孔便宜、指法简单，但音域窄，学到一两个月就会觉得不够用。十二孔音域有一个半八度，大部分流行曲都能吹。
价格两百元左右的入门款就够了，不要买几十元的工艺品，音准很难保证。
指法表我整理过一份，大家可以先收藏起来，练习时对照看。
""",
    ),
]
