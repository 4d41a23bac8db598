"""holdout92, part E: morin khuur (马头琴) ensembles and schools in invented 额林 and 苏鲁台, and
mung-bean (绿豆) growers in invented 豆畈 and 菽原. Written by hand, case by case. Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="exam-elin-morin-teacher-results-html",
        site="额林旗人事考试信息网 (invented)",
        style="人事考试网",
        genre="公示",
        kind="notice",
        form="html",
        source="http://rsks.elin.example.gov.cn/gsgg/202506/t20250618_3011.html",
        title="额林旗乌兰牧骑2025年公开招聘马头琴演奏员拟聘用人员公示",
        date="2025-06-18",
        notes="exam portal: login row, floating consult box, technical line; hired list table; the 监督电话 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>额林旗乌兰牧骑2025年公开招聘马头琴演奏员拟聘用人员公示</title></head><body>
<div class="login">⟦a 考生登录 ｜ 找回密码 ｜ 报名入口⟧</div>
<div class="logo">⟦m 额林旗人事考试信息网⟧</div>
<div class="nav">⟦m 首页　考试动态　报名指南　成绩查询　公示公告⟧</div>
<div class="where">⟦m 您所在的位置：首页 → 公示公告⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 来源：旗人社局　时间：2025-06-18⟧</div>
{BODY}
<div class="kefu">⟦w 在线客服 ☎ 考务咨询（工作日）⟧</div>
<div class="tech">⟦m 系统技术问题请致电：0479-5200366⟧</div>
<div class="foot">⟦m 主办：额林旗人力资源和社会保障局　蒙ICP备2025003号⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，经笔试、专业测试、考察和体检，现将拟聘用人员名单公示如下：
岗位　姓名　性别　总成绩
马头琴演奏员　巴特尔　男　86.40
马头琴演奏员　其木格　女　84.95
公示期为2025年6月18日至6月24日。对公示人员有异议的，可向旗人社局反映，监督电话：0479-5211207。
额林旗人力资源和社会保障局
2025年6月18日
""",
    ),
    dict(
        slug="tender-suludai-morin-instruments-text",
        site="苏鲁台政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.suludai.example.gov.cn/cggg/20250302/771.html",
        title="苏鲁台县中小学马头琴教学用琴采购项目中标结果公告",
        record_title="[中标公告]苏鲁台县中小学马头琴教学用琴采购项目中标结果公告",
        date="2025-03-02",
        record_date="2025-03-02",
        notes="tender text page: CA helpdesk, breadcrumb, bid result lines, contacts kept",
        page="""
!m 苏鲁台政府采购网
!m 首页 >> 采购公告 >> 结果公告
!t [中标公告]苏鲁台县中小学马头琴教学用琴采购项目中标结果公告
!m 发布日期：2025年03月02日　　浏览次数：164
{BODY}
!m 数字证书（CA）办理咨询：0479-5300211
!l 【关闭】【打印】【返回顶部】
""",
        body="""
一、项目编号：SLD-ZC-2025-006
二、项目名称：苏鲁台县中小学马头琴教学用琴采购项目
三、中标信息
中标供应商：额林草原乐器制造有限公司
中标金额：四十二万八千元
四、主要标的：教学用马头琴三百二十把，琴盒及配件三百二十套。
五、联系方式
采购人：苏鲁台县教育局　联系人：图雅　电话：0479-5312044
""",
    ),
    dict(
        slug="lawfirm-elin-morin-copyright-html",
        site="草原律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.caoyuanlaw.example.cn/article/2025/07/morin-copyright.html",
        title="马头琴曲改编后上传短视频平台，会不会侵权？",
        record_title="法律小课堂丨马头琴曲改编后上传短视频平台，会不会侵权？",
        date="2025-07-09",
        notes="law firm page: consult float, lawyer card, disclaimer, related articles",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律小课堂丨马头琴曲改编后上传短视频平台，会不会侵权？-草原律师事务所</title></head><body>
<div class="hd">⟦m 草原律师事务所　诚信 专业 高效⟧</div>
<div class="nav">⟦m 本所简介　专业领域　律师团队　法律小课堂　联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2025-07-09　作者：萨仁律师　阅读 271⟧</div>
{BODY}
<div class="card">⟦m 萨仁　本所合伙人　主攻知识产权与文化娱乐法律事务⟧</div>
<div class="float">⟦w 遇到版权问题？留言获取律师免费初步意见⟧</div>
<div class="disc">⟦d 本文仅供普法参考，不作为具体案件的法律依据。⟧</div>
<div class="rel">⟦l 延伸阅读：演出合同中的违约金怎么约定｜民歌采风作品的著作权归谁⟧</div>
</body></html>
""",
        body="""
最近不少马头琴爱好者来咨询：把别人的马头琴曲改编后录成视频发到网上，算不算侵权？
首先要看原曲是否仍在著作权保护期内。传统民歌不属于某个人，可以自由改编；但现代作曲家创作的乐曲，改编须经作者许可。
其次，即使原曲可以改编，别人的演奏录音也受邻接权保护，不能直接拿来配视频。
建议大家使用前先联系作者或其所在的文艺团体，取得书面授权。
""",
    ),
    dict(
        slug="community-suludai-morin-evening-html",
        site="苏鲁台县白云社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://baiyun.suludai.example.cn/sqhd/2025/0805/207.html",
        title="白云社区“琴声伴夏夜”马头琴纳凉晚会的通知",
        date="2025-08-05",
        notes="residents' site: property hotline footer, like/comment bar; programme table and the community's own 联系电话 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>白云社区“琴声伴夏夜”马头琴纳凉晚会的通知</title></head><body>
<div class="top">⟦m 白云社区 · 邻里一家亲⟧</div>
<div class="nav">⟦m 社区首页 ｜ 社区活动 ｜ 办事指南 ｜ 居民议事⟧</div>
<h2>{T}</h2>
<p class="m">⟦m 发布：社区居委会　2025-08-05　浏览 219⟧</p>
{BODY}
<div class="bar">⟦l ❤ 点赞 45　✎ 评论 8　↗ 分享⟧</div>
<div class="ft">⟦m 物业服务热线：0479-5330088　社区地址：苏鲁台县白云路28号⟧</div>
</body></html>
""",
        body="""
各位居民：
为丰富居民夏季文化生活，社区定于8月9日晚七点半在中心广场举办马头琴纳凉晚会。
节目　表演者
马头琴合奏《万马奔腾》　社区老年马头琴队
长调与马头琴《四季》　苏鲁台二小学生
晚会现场设休息区，请居民自带小板凳，注意看护好老人和孩子。
联系电话：0479-5331026（社区文体专干 阿拉坦）
""",
    ),
    dict(
        slug="association-elin-morin-annual-wrapped",
        site="额林旗马头琴协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.elinmtq.example.org/xhgz/2024zj.html",
        title="额林旗马头琴协会2024年工作总结",
        date="2024-12-28",
        notes="hard-wrapped at 58 columns; association nav and member-login chrome; a 'join us' prompt between paragraphs",
        wrap=58,
        indent="　　",
        page="""
!m 额林旗马头琴协会 ——让琴声走得更远
!a 会员登录　｜　申请入会
!m 首页 ＞ 协会工作
{T}
!m 秘书处　2024-12-30
{BODY}
!m 协会地址：额林旗文化中心三楼　联系电话：0479-5208811
""",
        body="""
2024年，协会在旗文化和旅游局指导下，围绕传承、普及、交流三项任务开展工作，会员由去年的一百八十人增加到二百四十人。
全年举办马头琴公益培训班六期，培训中小学生和牧民四百余人次；组织会员参加自治区马头琴大赛，获金奖两项、银奖三项。
⟦a 热爱马头琴的朋友，欢迎点击“申请入会”加入我们！⟧
2025年，协会将筹办首届额林马头琴艺术节，并推动马头琴进校园全覆盖。
额林旗马头琴协会
2024年12月28日
""",
    ),
    dict(
        slug="company-doufan-mungbean-oneline",
        site="豆畈绿源农业发展有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lvyuan-ag.example.com/news/2025/0716.html",
        title="绿源公司与三百户豆农签订绿豆订单收购协议",
        record_title="绿源公司与三百户豆农签订绿豆订单收购协议 - 公司新闻 - 绿源农业",
        date="2025-07-16",
        notes="the whole body on one line (paragraphs only by their indent); dotted company date; shop link and sales hotline",
        oneline=True,
        indent="　　",
        page="""
!m 绿源农业 | 豆畈好绿豆
!m 首页 / 公司新闻
!a 网上商城　|　经销商入口
!t 绿源公司与三百户豆农签订绿豆订单收购协议 - 公司新闻 - 绿源农业
!m 2025.07.16
{BODY}
!m 订购热线：400-862-7716
!d ©2025 豆畈绿源农业发展有限公司　版权所有
""",
        body="""
7月15日，豆畈绿源农业发展有限公司在豆畈镇与三百零六户豆农签订绿豆订单收购协议，签约面积八千六百亩。
协议约定，公司按每斤不低于四元八角的保护价收购，市场价高于保护价时随行就市。
公司还将免费提供良种和技术指导，预计带动豆农户均增收三千元以上。
""",
    ),
    dict(
        slug="training-shuyuan-mungbean-course-html",
        site="菽原新农人学堂 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="article",
        form="html",
        source="https://www.xinnongren.example.com/course/lvdou-2025.html",
        title="绿豆高产栽培与电商销售实训班招生",
        record_title="绿豆高产栽培与电商销售实训班招生（包教包会）",
        date=None,
        notes="training school with two floats (consult and trial class); modules table; 报名电话 kept; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>绿豆高产栽培与电商销售实训班招生（包教包会）-菽原新农人学堂</title></head><body>
<div class="top">⟦m 菽原新农人学堂　新农人 新技能 新未来⟧</div>
<div class="nav">⟦m 首页　课程中心　师资团队　学员风采　联系我们⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float-l">⟦w 课程顾问在线 ▶ 微信 xnr_kefu⟧</div>
<div class="float-r">⟦a 0元试听一节 &gt; 立即预约⟧</div>
<div class="stu">⟦l 学员评价：“直播卖豆一个月卖出两千斤。”——豆畈学员 孔二哥⟧</div>
<div class="ft">⟦m 菽原新农人学堂　地址：菽原县创业园B座⟧</div>
</body></html>
""",
        body="""
本实训班面向菽原、豆畈两县种植户，讲授绿豆高产栽培技术和网上销售技能。
模块　内容　学时
栽培　选种、播种密度、病虫害防治　12
加工　晾晒、筛选、分级包装　6
电商　开店、拍摄、直播带货　10
学员结业后可免费入驻学堂的农产品直播间。
报名电话：0478-6620517　地址：菽原县创业园B座二楼
""",
    ),
    dict(
        slug="app-doufan-mungbean-speech-html",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.gongwenbao.example.com/share/doc/9981201",
        title="在全县绿豆产业发展推进会上的讲话",
        record_title="在全县绿豆产业发展推进会上的讲话（通用版）",
        date="2025-04-12",
        notes="writing-app share page in HTML: open-in-app bar, member unlock line inside the body, date under the title neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>在全县绿豆产业发展推进会上的讲话（通用版）</title></head><body>
<div class="app-bar">⟦a 公文宝 ｜ 打开APP 查看更多范文⟧</div>
<h1>{T}</h1>
<p class="author">豆畈县副县长　麻春光</p>
<p class="date">（2025年4月12日）</p>
{BODY}
<div class="end">⟦a 复制全文　　导出Word　　AI续写⟧</div>
<div class="more">⟦l 相关范文：在油菜产业推进会上的讲话｜在春耕备耕工作会议上的讲话⟧</div>
</body></html>
""",
        body="""
同志们：
绿豆是我县的传统优势作物，种植面积常年稳定在十二万亩左右，“豆畈绿豆”已获得国家地理标志保护。
但也要看到，我们的绿豆大多还是原粮出售，加工转化率不足两成，附加值不高。
⟦a 🔒 开通会员解锁剩余3段内容⟧
今年要重点抓好三件事：一是建设万亩标准化种植基地；二是引进绿豆粉丝、绿豆饮品加工企业；三是办好首届绿豆丰收节。
""",
    ),
    dict(
        slug="gkforum-shuyuan-mungbean-interview-html",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="post",
        form="html",
        source="http://bbs.gkyz.example.com/forum.php?mod=viewthread&tid=55108",
        title="村里绿豆丰收却卖不出去，假如你是驻村干部怎么办？",
        record_title="[面试真题] 村里绿豆丰收却卖不出去，假如你是驻村干部怎么办？（附答题思路） - 面试交流 - 公考驿站",
        date=None,
        notes="exam forum in HTML: floor meta with 3天前, an exam-class ad inside the post, reply box; no date",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 村里绿豆丰收却卖不出去，假如你是驻村干部怎么办？（附答题思路） - 面试交流 - 公考驿站</title></head><body>
<div class="hd">⟦m 公考驿站论坛 — 陪你一起上岸⟧</div>
<div class="pt">⟦m 论坛 › 面试交流 › 结构化真题⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主：面霸小周　发表于 3天前　查看 2311　回复 19⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="ad">⟦w 面试协议班报名咨询：QQ群 63310928⟧</div>
<div class="reply">⟦l 发表回复　｜　回帖后跳转到最后一页⟧</div>
</body></html>
""",
        body="""
【题目】今年村里绿豆丰收，但收购商压价，大量绿豆积压卖不出去，群众很着急。假如你是驻村干部，你会怎么做？
【答题思路】
第一，稳情绪。召开村民会议，说明情况，防止群众低价抛售。
第二，拓渠道。联系县里农产品供销平台和周边学校食堂，同时帮助村合作社开通网店。
第三，谋长远。推动引进加工企业，发展绿豆糕、绿豆粉丝等产品，避免年年卖难。
""",
    ),
    dict(
        slug="baike-elin-morin-qa-text",
        site="知一知问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="https://zhiyizhi.example.com/wenda/80213.html",
        title="初学马头琴，琴弦用马尾好还是尼龙好？",
        record_title="初学马头琴，琴弦用马尾好还是尼龙好？_知一知问答",
        date="2025-02-20",
        notes="Q&A page: 回答 line with date as the page date; adopted-answer marker; more answers",
        page="""
!m 知一知问答 ＞ 文化艺术 ＞ 乐器
!t 初学马头琴，琴弦用马尾好还是尼龙好？_知一知问答
!m 提问者：草原小白　｜　2人回答
!l ★ 已采纳
!m 额林琴师老那　2025-02-20 回答
{BODY}
!l 有帮助(64)　　没帮助(2)　　追问
!l 其他回答：买把好点的琴最重要……（展开）
!d 本页内容由网友提供，仅供参考
""",
        body="""
初学建议用尼龙弦。尼龙弦音色稳定，不怕潮湿，价格也便宜，断了好换。
马尾弦音色更醇厚，是传统做法，但对湿度敏感，换弦和调音都比较麻烦，适合有一定基础以后再用。
不管用哪种，琴弓的马尾都要定期上松香，这个比弦更影响初学者的手感。
""",
    ),
    dict(
        slug="netdisk-suludai-morin-syllabus-html",
        site="百宝云盘 (invented)",
        style="网盘分享",
        genre="教学计划",
        kind="plan",
        form="html",
        source="https://yun.baibao.example.com/s/MtQ20250901",
        title="苏鲁台二小2025学年马头琴社团教学计划",
        record_title="苏鲁台二小2025学年马头琴社团教学计划.docx",
        date="2025-09-01",
        notes="cloud-drive share page in HTML: file name and size, save/download buttons, ad; weekly plan as a numbered list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>苏鲁台二小2025学年马头琴社团教学计划.docx_免费高速下载|百宝云盘</title></head><body>
<div class="hd">⟦m 百宝云盘⟧　⟦a 登录　注册⟧</div>
<div class="file"><h2>⟦t 苏鲁台二小2025学年马头琴社团教学计划.docx⟧</h2>
<p>⟦m 28.6KB　｜　2025-09-03 分享　｜　过期时间：永久⟧</p>
<p>⟦a 保存到网盘　　普通下载　　SVIP极速下载⟧</p></div>
<div class="preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="ad">⟦a 开通SVIP，在线预览Office文档不限页数⟧</div>
<div class="ft">⟦d 百宝云盘严厉打击传播违法违规内容，举报请点此处。⟧</div>
</body></html>
""",
        body="""
一、教学目标：让社团学生掌握马头琴基本持琴、运弓和指法，能演奏三至五首简单乐曲。
二、教学安排
1. 第一至四周：认识马头琴，练习空弦长弓。
2. 第五至十周：学习第一把位指法，练习《小黄马》。
3. 第十一至十六周：合奏练习，准备元旦汇报演出。
三、指导教师：其其格、孟和
苏鲁台县第二小学
2025年9月1日
""",
    ),
    dict(
        slug="snapshot-doufan-mungbean-price-text",
        site="快照搜 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://kz.kuaizhaosou.example.com/snap?id=doufan-0822",
        title="豆畈绿豆新粮上市 收购价每斤五元二角",
        record_title="豆畈绿豆新粮上市 收购价每斤五元二角【行情】",
        date="2025-08-22",
        notes="text-only cache: snapshot header and crawl time (no date); page's own publish line; tags at the end",
        page="""
!d 快照搜提示：您正在查看网页的缓存版本，抓取时间 2025-08-25 02:41:10
!d 原网页：http://www.doufannews.example.com/nc/20250822/3312.html　（原网页可能已被修改或删除）
!m 豆畈新闻网 - 农村频道
!t 豆畈绿豆新粮上市 收购价每斤五元二角【行情】
!m 2025-08-22 10:05 来源：豆畈县农业农村局
{BODY}
!l 关键词：绿豆 收购价 豆畈
!l 分享到：▢微博 ▢微信
""",
        body="""
8月中旬以来，豆畈县十二万亩绿豆陆续收获，新粮集中上市。
据县农业农村局监测，目前全县绿豆平均收购价为每斤五元二角，比去年同期高出四角。
今年绿豆生长期间雨水适中，亩产普遍在二百斤以上，豆粒饱满、色泽鲜亮。
县农业农村局提醒豆农，新豆要充分晾晒后再储存，防止发热霉变。
""",
    ),
    dict(
        slug="print-shuyuan-mungbean-pest-html",
        site="菽原县农业技术推广中心 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://njzx.shuyuan.example.gov.cn/print.aspx?id=1907",
        title="关于做好绿豆豆荚螟防治工作的紧急通知",
        record_title="〔打印稿〕关于做好绿豆豆荚螟防治工作的紧急通知",
        date="2025-07-28",
        notes="print view in HTML: print/close buttons, URL and print stamp, a print footer as page marker; the centre's 技术咨询电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 关于做好绿豆豆荚螟防治工作的紧急通知</title>
<style>@media print{.noprint{display:none}}</style></head><body onload="window.print()">
<div class="noprint">⟦a 【打印本页】　【关闭窗口】⟧</div>
<div class="site">⟦m 菽原县农业技术推广中心网站⟧</div>
<h2>{T}</h2>
{BODY}
<div class="url">⟦m 本页网址：http://njzx.shuyuan.example.gov.cn/tzgg/2025/0728/1907.html⟧</div>
<div class="pf">⟦p 〖 第1页 ∕ 共1页 〗⟧</div>
</body></html>
""",
        body="""
各乡镇农业综合服务站：
近期我县绿豆进入结荚期，多地监测到豆荚螟虫量上升，部分田块虫荚率超过百分之五。现就防治工作紧急通知如下：
一、立即组织查田，虫荚率达到百分之三的田块要及时防治。
二、选用高效低毒药剂，于傍晚喷施，重点喷花和嫩荚。
三、收获前十五天停止用药，确保绿豆质量安全。
技术咨询电话：0478-6612235
菽原县农业技术推广中心
2025年7月28日
""",
    ),
    dict(
        slug="mail-elin-morin-festival-reply-html",
        site="额林旗文旅局邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="mailto:wlj@elin.example.gov.cn",
        title="关于商请支持首届额林马头琴艺术节的函",
        record_title="回复：Fw: 关于商请支持首届额林马头琴艺术节的函.docx",
        date="2025-05-08",
        date_also=["2025-05-12"],
        notes="webmail read view: reply chain headers; the letter's own 附件 and 联系人 kept; the mail date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>回复：Fw: 关于商请支持首届额林马头琴艺术节的函.docx - 政务邮箱</title></head><body>
<div class="mailbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="hdr">
<p>⟦m 发件人：旗马头琴协会 &lt;mtqxh@elin.example.org&gt;⟧</p>
<p>⟦m 时间：2025年5月12日（星期一）上午10:20⟧</p>
<p>⟦m 收件人：旗文旅局办公室⟧</p>
</div>
<div class="quote">⟦m -------- 原始邮件 --------⟧</div>
<div class="mailbody">
{BODY}
</div>
<div class="att">⟦m 附件（1 个）：关于商请支持首届额林马头琴艺术节的函.docx　36K　预览　下载⟧</div>
<div class="sig">⟦d 本邮件及附件仅供指定收件人使用，如误收请立即删除。⟧</div>
</body></html>
""",
        body="""
旗文化和旅游局：
为传承马头琴艺术，我会拟于2025年8月在额林旗那达慕会场举办首届额林马头琴艺术节，邀请区内外马头琴乐团二十支参演。
恳请贵局在场地协调、宣传推广和安全保障方面给予支持。
附件：首届额林马头琴艺术节活动方案
额林旗马头琴协会
2025年5月8日
（联系人：图门　电话：0479-5208812）
""",
    ),
]
