"""holdout28, part A: a bamboo-industry centre, a weather-modification office, a wedding-trade
association on a 范文 site, an old 范文 table layout, 文库 previews of a navigation-mark office and a
mushroom survey, a general-aviation news page, a used-car association's pledge on a car forum, a
bamboo grower's blog, an ancient-books centre's account mirror, an owners' committee's minutes on a
sharing site and a school mental-health centre. Everything invented (places, people, sites, URLs,
chrome wording); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="bamboo-chachuan-subsidy-notice-html",
        site="檫川县竹产业发展中心 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://zcy.chachuan.example.gov.cn/tzgg/2025/0416/3381.html",
        title="关于申报2025年竹林培育补助资金的通知",
        record_title="关于申报2025年竹林培育补助资金的通知_通知公告_檫川县竹产业发展中心",
        date="2025-04-15",
        date_also=["2025-04-16"],
        notes="modern county template; byline with 发布时间 a day after the 成文日期; the document's own 联系人/电话 beside the site's service line in the footer; 附件 list; font-size row glued nowhere, a share bar and prev/next",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于申报2025年竹林培育补助资金的通知_通知公告_檫川县竹产业发展中心</title>
<link rel="stylesheet" href="/css/zcy.css"><script src="/js/jquery.min.js"></script></head>
<body>
<div class="topbar">⟦m 今天是：星期三　檫川县竹产业发展中心欢迎您⟧ <a href="#">⟦a 设为首页⟧</a> <a href="#">⟦a 无障碍浏览⟧</a></div>
<div class="logo">⟦m 檫川竹业　绿色富民⟧</div>
<ul class="nav"><li>⟦m 网站首页⟧</li><li>⟦m 中心概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 竹业科技⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="crumb">⟦m 您所在的位置：首页 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</div>
<div class="main"><div class="article">
<h2>{T}</h2>
<div class="byline">⟦m 发布时间：2025-04-16 09:02　信息来源：产业发展股　浏览：317次⟧</div>
<div class="tools">⟦a 调整字体 A+ A A-⟧ ⟦a 打印此文⟧ ⟦a 关闭窗口⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 微博 QQ空间⟧</div>
<div class="pn"><p>⟦l 上一条：檫川县2025年春季竹笋采挖管理公告⟧</p><p>⟦l 下一条：关于开展毛竹低产林改造技术培训的通知⟧</p></div>
</div>
<div class="side"><h4>⟦l 热点关注⟧</h4><ul><li>⟦l 竹材精深加工项目签约落地⟧</li><li>⟦l 全县竹林面积突破六十万亩⟧</li></ul></div>
</div>
<div class="footer">
<p>⟦m 主办：檫川县竹产业发展中心　地址：檫川县新竹路6号⟧</p>
<p>⟦m 中心服务电话：0591-63318800⟧　⟦m 闽ICP备20190441号-1⟧</p>
<p>⟦d 本站所有信息未经授权不得转载，违者依法追究⟧</p>
</div>
<script>var _hmt=_hmt||[];</script>
</body></html>
""",
        body="""
各乡镇人民政府，各竹业专业合作社、家庭林场：
为加快竹林资源培育，提高竹林经营水平，根据省、市有关竹产业发展资金管理办法，现将2025年竹林培育补助资金申报工作通知如下。
一、补助对象和标准
对当年新造竹林每亩补助三百元，对毛竹低产林改造每亩补助一百五十元，对竹林道路建设每公里补助二万元。
二、申报程序
申报主体填写申报表，经所在乡镇林业站初审后，于5月20日前报县竹产业发展中心。
三、有关要求
各乡镇要如实审核申报面积，严禁虚报冒领，一经查实，收回补助资金并取消三年内申报资格。
联系人：郑秀枝，联系电话：0591-63318825。
附件：1.2025年竹林培育补助资金申报表
2.竹林培育面积核实表
檫川县竹产业发展中心
2025年4月15日
""",
    ),
    dict(
        slug="weather-liyang-hail-plan-wrapped",
        site="枥阳县人民政府网 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.liyang.example.gov.cn/zwgk/zfwj/202503/t20250321_88213.html",
        title="2025年枥阳县人工增雨防雹作业实施方案",
        record_title=None,
        date="2025-03-20",
        wrap=64,
        indent="　　",
        notes="title missing from the record, found under the breadcrumb; hard-wrapped at 64 columns; decimal headings 1.1/1.2; 成文日期 in Chinese numerals; a document number (neutral); 印发 line of the 版记",
        page="""
!m 枥阳县人民政府　www.liyang.example.gov.cn
!m 当前位置：政务公开 > 政府文件 > 部门文件
!m 索引号：LY-0312-2025-00044　　公开方式：主动公开
枥气发〔2025〕3号
{T}
{BODY}
!a 【打印本页】【关闭本页】
!l 相关文件：枥阳县2024年气象防灾减灾工作要点
!m 枥阳县人民政府办公室主办　电话：0797-2216000
""",
        body="""
为做好今年人工影响天气工作，充分发挥人工增雨防雹在抗旱减灾、生态修复中的作用，结合我县实际，制定本方案。
1.作业目标
1.1 抓住有利天气过程开展人工增雨作业，力争全年增加降水量百分之八以上。
1.2 在烤烟、水果主产区开展防雹作业，努力减轻冰雹灾害损失。
2.作业布局
全县布设固定作业点十二个、流动作业点四个，配备高炮六门、火箭发射架十副，作业人员须持证上岗。
3.安全管理
各作业点要严格执行空域申请制度，未经批准不得实施作业；弹药实行专库存放、双人双锁管理。
4.保障措施
县财政安排专项资金一百二十万元，用于作业弹药购置、设备维护和人员培训。
枥阳县气象局
二〇二五年三月二十日
抄送：市气象局，县应急管理局。
枥阳县气象局办公室　　2025年3月20日印发
""",
    ),
    dict(
        slug="wedding-beicheng-host-script-fanwen",
        site="范文天地网 (invented)",
        style="范文站",
        genre="主持词",
        kind="other",
        form="text",
        source="https://www.fanwentiandi.example.com/zcc/2025/0108/5512.html",
        title="蓓城县婚庆行业协会2025年年会主持词",
        record_title="【精选】蓓城县婚庆行业协会2025年年会主持词（通用5篇）",
        date=None,
        gap=True,
        notes="a 范文 page: decorated record title; host lines 甲/乙 kept; a writing-service prompt glued after a sentence and a 'member unlock' line of its own inside the body; year only in the title: no date",
        page="""
!m 范文天地网 — 写材料，就上范文天地
!m 首页 / 主持词 / 年会主持词
!t 【精选】蓓城县婚庆行业协会2025年年会主持词（通用5篇）
!m 栏目：年会主持词　人气：2609　收录：范文天地编辑部
!a 一键复制全文　导出Word　加入素材库
{BODY}
!l 猜你还想看：
!l ▪ 公司年会开场白大全
!l ▪ 行业协会年会致辞精选
!d 本站范文均来自网络整理，仅供参考借鉴，版权归原作者所有。
""",
        body="""
甲：尊敬的各位会员、各位嘉宾，
乙：亲爱的婚庆行业的同仁们，
合：大家晚上好！
甲：岁末年初，我们欢聚一堂，共同回顾过去一年蓓城婚庆行业走过的不平凡历程。⟦w 材料写不出来？专业笔杆子帮你写，微信搜 bcxz2025⟧
乙：这一年，协会会员单位共服务新人二千一百余对，行业投诉率同比下降三成。
⟦a 开通会员即可查看剩余4篇⟧
甲：下面，有请协会会长陈锦华致辞，大家掌声欢迎！
乙：感谢陈会长的精彩致辞，让我们对新的一年充满信心。
合：蓓城县婚庆行业协会2025年年会到此结束，祝大家新春快乐，阖家幸福！
""",
    ),
    dict(
        slug="guji-oldtable-insight-fanwen-html",
        site="笔耕范文馆 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://www.bigengfw.example.net/xdth/2025/4417.asp",
        title="参加古籍修复技艺培训班心得体会",
        record_title="参加古籍修复技艺培训班心得体会（精选范文）_笔耕范文馆",
        date=None,
        p_html='<tr><td class="txt">{}</td></tr>',
        notes="old gb2312 table layout with a marquee, a visitor counter and a 字号 row in new words; a 收录时间 stamp is no date; a floating consult box; tags and a hot list",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>参加古籍修复技艺培训班心得体会（精选范文）_笔耕范文馆</title></head>
<body bgcolor="#F4F1E8">
<table width="960" align="center"><tr><td><font size="5">⟦m 笔耕范文馆⟧</font> ⟦m 好文章 人人写得出⟧</td></tr>
<tr><td><marquee scrollamount="3">⟦m 热烈庆祝本馆收录范文突破八十万篇！新用户注册即送三天会员⟧</marquee></td></tr>
<tr><td>⟦m 首页 | 心得体会 | 培训心得 | 述职报告 | 工作计划 | 讲话稿⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<table width="100%">
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 收录时间：2025-03-02　点击：1187⟧　⟦a 〔文字 大 中 小〕⟧</td></tr>
{BODY}
<tr><td>⟦l 标签：古籍修复 培训心得 心得体会⟧</td></tr>
<tr><td>⟦l ← 上篇：非遗传承人培训心得体会⟧　⟦l 下篇：档案业务培训心得 →⟧</td></tr>
</table></td>
<td width="250" valign="top"><table><tr><td>⟦l ★本周热文★⟧</td></tr><tr><td>⟦l 1. 青年干部培训心得⟧</td></tr><tr><td>⟦l 2. 党课学习心得体会⟧</td></tr></table></td></tr></table>
<div id="floatqq">⟦w 在线客服 代写代改 QQ 2755301946⟧</div>
<table width="960" align="center"><tr><td>⟦m 你是本站第 0318826 位访客⟧</td></tr>
<tr><td>⟦d Copyright 2012-2025 笔耕范文馆 All Rights Reserved⟧ ⟦m 豫ICP备13005120号⟧</td></tr></table>
</body></html>
""",
        body="""
今年四月，我有幸参加了省古籍保护中心举办的古籍修复技艺培训班，在二十天的学习中收获很大。
一是加深了对古籍保护工作的认识。古籍是中华文明的重要载体，修复一册破损古籍，就是抢救一段历史记忆。
二是掌握了基本修复技法。老师手把手教我们揭页、补洞、托裱、压平，我第一次独立完成了一册清代刻本的修复。
三是体会到了匠人精神。修复一页纸往往要花上大半天，没有耐心和敬畏之心是做不好的。
回到单位后，我将把所学用于馆藏古籍的日常保护，为古籍保护工作贡献自己的力量。
""",
    ),
    dict(
        slug="hangbiao-report-wenku-docx-markers",
        site="知行文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://wenku.zhixing.example.com/view/8a1f02c7.html",
        title="航标处处长2024年度述职报告",
        record_title="航标处处长2024年度述职报告.docx",
        date="2025-01-10",
        pages=dict(fmt="⸢{n}⸣", every=150, start=2, glue="mix"),
        notes="a 文库 preview: file-name title; page markers ⸢2⸣ cut sentences, some glued to the continuation; a page-count line and a preview-end prompt in own words; 成文日期 at the end",
        page="""
!m 知行文库　海量文档　即看即用
!t 航标处处长2024年度述职报告.docx
!m 共4页　｜　格式：docx　｜　贡献者：lantern_88　｜　9积分
!a 全文阅读　立即下载　收藏文档
{BODY}
!a 文档预览到此为止，余下内容需支付9积分后阅读
!l 同类文档：航道站站长述职报告　海事处年度工作总结
!d 本文档为用户分享，文库不对其内容真实性负责。
""",
        body="""
各位领导、同志们：
2024年，我在上级党委和局领导班子的正确领导下，认真履行航标处处长职责，现将一年来的工作情况报告如下。
一、抓好航标维护，确保助航效能。全年巡检航标二百一十六座次，更换老旧灯器四十三套，航标正常率保持在百分之九十九点五以上。
二、推进智能化建设，提高管理水平。完成辖区二十座浮标的遥测遥控改造，实现航标状态实时监测。
三、加强队伍建设，夯实安全基础。组织开展航标作业安全培训六期，全年未发生安全责任事故。
同时，我也清醒地认识到，自己在理论学习上还不够系统，对新技术的掌握还不够深入。
新的一年，我将继续扎实工作，为辖区水上交通安全作出新的贡献。
述职人：卢海涛
2025年1月10日
""",
    ),
    dict(
        slug="mushroom-survey-paid-preview-html",
        site="稻香文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.daoxiangwenku.example.com/p-77120348.html",
        title="关于苁岭县食用菌产业发展情况的调研报告",
        record_title=None,
        date="2025-06-18",
        notes="a paid preview page with its reader toolbar; title missing from the record (found in the h1); a data table one row a paragraph; an 'unlock the rest' line between paragraphs; upload stamp in the info box; 成文日期 at the end",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>稻香文库-专业文档分享平台</title>
<script>window.__reader={docId:77120348}</script></head>
<body>
<header><div class="brand">⟦m 稻香文库⟧</div><nav>⟦m 精品文档　行业资料　办公模板　我的书架⟧</nav><div class="login">⟦a 登录 / 注册领会员⟧</div></header>
<div class="reader-bar">⟦a 放大　缩小　全屏阅读⟧</div>
<article>
<h1>{T}</h1>
<div class="doc-info">⟦m 上传于 2025-07-02　页数 5　下载券 3⟧</div>
{BODY}
</article>
<div class="pay">⟦a 付费后可阅读全文，本文档售价 ¥5.80⟧ ⟦a 立即购买⟧</div>
<aside><h3>⟦l 你可能喜欢⟧</h3><ol><li>⟦l 香菇种植合作社年度总结⟧</li><li>⟦l 县域特色农业发展调研⟧</li></ol></aside>
<footer>⟦d 稻香文库所有文档均由用户上传，如有侵权请联系平台删除⟧ ⟦m 客服邮箱 help@daoxiangwenku.example.com⟧</footer>
</body></html>
""",
        body="""
为摸清全县食用菌产业发展现状，县农业农村局组成调研组，于5月至6月深入七个乡镇开展调研。
一、基本情况
全县食用菌种植主要集中在东部山区，品种以香菇、黑木耳、灵芝为主。
品种　种植规模　年产量　产值
香菇　2100万袋　1.6万吨　1.9亿元
黑木耳　800万袋　0.4万吨　0.7亿元
灵芝　300亩　120吨　0.3亿元
⟦a 剩余页面已隐藏，点击解锁阅读⟧
二、存在的问题
一是菌棒生产标准化程度不高，二是精深加工能力薄弱，三是品牌影响力不强。
三、对策建议
建议建设县级菌棒集中生产中心，培育两到三家加工龙头企业，打造苁岭香菇区域公用品牌。
苁岭县农业农村局调研组
2025年6月18日
""",
    ),
    dict(
        slug="general-aviation-drill-news-html",
        site="芪洲新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qizhounews.example.cn/bd/202505/12/c90331.html",
        title="芪洲通用航空公司开展低空医疗救援联合演练",
        record_title="芪洲通用航空公司开展低空医疗救援联合演练_本地新闻_芪洲新闻网",
        date="2025-05-12",
        notes="a news portal: byline's 发布时间 is the date; a photo caption between paragraphs; an editor line glued after the last paragraph; app download banner, hot list and a comment box",
        page="""
<html><head><meta charset="utf-8"><title>芪洲通用航空公司开展低空医疗救援联合演练_本地新闻_芪洲新闻网</title></head>
<body>
<div class="top">⟦m 芪洲新闻网　芪洲第一新闻门户⟧ ⟦a 下载芪洲新闻客户端，看更多本地资讯⟧</div>
<div class="menu">⟦m 本地　时政　民生　经济　文旅　视频　专题⟧</div>
<div class="path">⟦m 芪洲新闻网 › 本地新闻 › 正文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025年05月12日 17:40　来源：芪洲日报　记者：梁晓川 通讯员：韦清⟧</div>
<div class="text">
{BODY}
</div>
<div class="after">⟦l 分享至：朋友圈 | 微博 | 复制链接⟧</div>
<div class="cmt">⟦l 网友评论 0 条⟧ ⟦l 文明上网，理性发言⟧</div>
<div class="hot"><h3>⟦l 24小时点击排行⟧</h3><p>⟦l 1 芪洲至省城城际公交开通⟧</p><p>⟦l 2 市区新增三处口袋公园⟧</p></div>
<div class="foot">⟦d 芪洲新闻网版权所有，未经书面授权禁止转载⟧ ⟦m 互联网新闻信息服务许可证 36120250012⟧</div>
</body></html>
""",
        body="""
5月12日上午，芪洲通用航空公司联合市急救中心、市人民医院在城东临时起降点开展低空医疗救援联合演练。
演练模拟高速公路发生多车相撞事故，一名重伤员需紧急转运，急救中心接警后立即启动空地联动机制。
⟦m 图为医护人员将“伤员”抬上救援直升机。梁晓川 摄⟧
接到指令后，救援直升机十二分钟内抵达现场，医护人员完成初步处置后将伤员转运至市人民医院楼顶停机坪，全程用时三十四分钟。
据介绍，今年以来，该公司已执行医疗转运任务九次，下一步将与各县区医院共同完善直升机起降点布局。⟦m （责任编辑：罗茜）⟧
""",
    ),
    dict(
        slug="usedcar-pledge-car-forum-junk",
        site="椴原车友论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://bbs.duanyuancar.example.com/thread-66120-1-1.html",
        title="关于规范二手车交易行为的倡议书",
        record_title="[转帖] 关于规范二手车交易行为的倡议书 - 车友杂谈 - 椴原车友论坛",
        date="2025-02-26",
        date_also=["2025-02-27"],
        junk=dict(lines=2, glued=2),
        notes="a forum repost with anti-scraping junk on lines of their own and glued after a 。; poster's 发表于 a day after the pledge's own date (also accepted); signature and reply box",
        page="""
!m 椴原车友论坛 › 车友杂谈 › 帖子
!m 查看: 904 | 回复: 11
!t [转帖] 关于规范二手车交易行为的倡议书
!m 老方向盘　发表于 2025-2-27 08:33
!l 电梯直达　楼主
{BODY}
!m 本帖最后由 老方向盘 于 2025-2-27 08:40 编辑
!l ------ 签名：开车不喝酒，喝酒不开车 ------
!l 快速回复　高级模式　使用道具
!a 您需要登录后才可以回帖　登录 | 立即注册
""",
        body="""
全县二手车经营企业、经纪机构和广大从业人员：
为维护二手车市场秩序，保护消费者合法权益，椴原县二手车流通协会向全行业发出如下倡议。
一要诚信经营。如实披露车辆事故、泡水、火烧及里程等信息，坚决不做调表车、翻新车生意。
二要规范交易。交易时使用统一的合同示范文本，按规定办理过户手续，不收取合同约定以外的费用。
三要优化服务。主动提供车况检测报告，建立售后服务承诺制度，及时处理消费者投诉。
让我们携起手来，共同营造公平诚信的二手车消费环境。
椴原县二手车流通协会
2025年2月26日
""",
    ),
    dict(
        slug="bamboo-grower-blog-insight",
        site="竹林深处的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://blog.zhulinshen.example.com/post/2025/05/bamboo-shoot.html",
        title="种了十年毛竹，今年第一次算清了一笔账",
        record_title=None,
        date="2025-05-03",
        indent="  ",
        notes="a personal blog: title missing, found under the blog name; a bracketed post time is the page date; a 'read n times' counter, tags, archive and a reward button; a 分享 sentence in the body is content",
        page="""
!m 竹林深处的博客 · 一个竹农的山居笔记
!m 首页　日志　相册　关于我
{T}
!m [2025-05-03 21:06]　分类：山居杂记　阅读(264)　评论(5)
{BODY}
!a 赏杯茶钱　｜　点赞 31
!l 标签：毛竹 竹笋 家庭林场
!l 日志归档：2025年5月(3)　2025年4月(6)　2025年3月(4)
!l « 上一篇：春笋季的三点经验
!d 本博客文字均为原创，转载请注明出处。
""",
        body="""
种了十年毛竹，以前从来没有认真算过账，今年跟着林业站的技术员学着记账，才发现里面的门道。
我家有毛竹林八十亩，往年只卖竹材，一亩一年收入也就五六百元。
去年开始搞笋竹两用林，春天挖冬笋、春笋，秋天卖竹材，再加上低产林改造补助，一亩地收入翻了一倍多。
成本方面，主要是施肥、劈草和雇工，一亩一年三百元左右，比我原来想的要少。
把这笔账分享给山里的乡亲们，大家也可以算一算自家的竹林，说不定还有不少潜力可挖。
""",
    ),
    dict(
        slug="ancient-books-pledge-account-mirror-html",
        site="公众号文章镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wxmirror.example.net/s/PLw2k0Rr7gd",
        title="关于参与民间古籍普查登记的倡议书",
        record_title="关于参与民间古籍普查登记的倡议书 | 栌口古籍保护",
        date="2025-04-23",
        notes="a WeChat mirror of an ancient-books centre's account: account line with a time, follow prompt above, 'light up 推荐' and comment-selection rows below; a body sentence telling readers to scan a code and call the document's own number",
        page="""
<html><head><meta charset="utf-8"><title>关于参与民间古籍普查登记的倡议书 | 栌口古籍保护</title></head>
<body>
<div class="mirror-top">⟦m 公号镜像 · 好文章不迷路⟧ ⟦a 在客户端打开⟧</div>
<div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 栌口古籍保护 2025年04月23日 10:12 栌口县⟧</div>
<p>⟦a 点击上方蓝字，一键关注我们⟧</p>
<div class="rich_media_content">
{BODY}
</div>
<p>⟦m 文字：古籍中心　编辑：苏苡　审核：龙伯安⟧</p>
<div class="tail">⟦l 点亮「推荐」，让更多人看到⟧ ⟦l 精选留言（12）⟧ ⟦l 写留言⟧</div>
</div>
<div class="mirror-foot">⟦d 本站文章抓取自公开平台，版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
广大市民朋友：
民间收藏的古籍是中华优秀传统文化的重要组成部分，许多家谱、刻本、抄本散落民间，亟待普查保护。
今年是第四个“全民古籍保护月”，栌口县古籍保护中心诚挚邀请您参与民间古籍普查登记。
凡1912年以前抄写、印刷的线装书籍，均可登记，登记不改变古籍的所有权，中心将免费提供保护咨询。
请扫描文末二维码填写登记表，也可拨打中心电话0856-7712031预约上门登记。
让我们共同守护先人留下的文化遗产，让书写在古籍里的文字活起来。
栌口县古籍保护中心
2025年4月23日
""",
    ),
    dict(
        slug="owners-committee-minutes-share-pdf",
        site="共享文档库 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://doc.gongxiangku.example.com/d/551837.html",
        title="榉塘花园业主委员会第三次全体会议纪要",
        record_title="榉塘花园业主委员会第三次全体会议纪要.pdf",
        date="2025-03-16",
        notes="a sharing page: file-name title; minutes with 时间/地点/主持/出席/记录 lines and a vote count; an upload notice in new words; download prompts; the meeting date is the date",
        page="""
!m 共享文档库 | 让知识流动起来
!t 榉塘花园业主委员会第三次全体会议纪要.pdf
!m 分享者：榉塘居民小周　大小：212KB　下载：37次　上传日期：2025-04-02
!a ⬇ 下载到本地　☆ 收藏　⚑ 举报
{BODY}
!d 本文档系网友自行分享，平台不审核其内容；如涉及个人隐私，请发邮件至 jubao@gongxiangku.example.com 申请删除。
!l 相关文档：业委会换届选举公告　小区公共收益公示表
""",
        body="""
时间：2025年3月16日下午2时30分
地点：榉塘花园社区会议室
主持：业主委员会主任何建新
出席：业主委员会委员七人，社区居委会代表一人
记录：甘晓蕾
会议讨论了以下事项。
一、审议小区公共收益使用方案。会议同意将2024年停车位、广告位等公共收益中的十二万元用于更换小区消防管道。
表决结果：同意七票，反对零票，弃权零票。
二、研究物业服务合同续签事项。会议决定于4月中旬召开业主大会，由全体业主表决是否续聘现物业公司。
三、其他事项。会议要求物业公司在本月底前完成三号楼电梯的维修工作。
""",
    ),
    dict(
        slug="school-psych-centre-training-table",
        site="葶川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.tingchuan.example.gov.cn/jyxw/2025/0909/1024.html",
        title="关于举办2025年中小学心理委员培训班的通知",
        record_title="关于举办2025年中小学心理委员培训班的通知 - 葶川县教育体育局",
        date="2025-09-08",
        notes="an education portal: a schedule table (one row a paragraph, cells apart by ideographic spaces); a sentence telling schools to download and print the 回执 (content); the centre's 联系电话 in the text beside the site's 督导 hotline in the footer",
        page="""
!m 葶川县教育体育局　｜　葶川教育网
!m 首页 » 教育资讯 » 通知公告
!t 关于举办2025年中小学心理委员培训班的通知
!m 发布单位：县中小学心理健康教育中心　点击：502　日期：2025-09-09
{BODY}
!a 【我要纠错】　【打印】　【返回顶部】
!m 教育督导举报电话：0759-8830012
!m 葶川县教育体育局 版权所有　技术支持：葶川云网科技
""",
        body="""
各中小学校：
为提升学生心理委员的朋辈互助能力，县中小学心理健康教育中心定于9月下旬举办心理委员培训班，现将有关事项通知如下。
一、培训对象：各初中、高中每班心理委员一名。
二、培训安排
日期　地点　内容
9月20日　县一中报告厅　朋辈互助基本技能
9月21日　县实验中学　心理危机识别与报告
三、有关要求：请各校于9月15日前登录县教育网下载并打印报名回执，加盖公章后报送中心。
联系人：向晓梅，联系电话：0759-8831166。
葶川县中小学心理健康教育中心
2025年9月8日
""",
    ),
]
