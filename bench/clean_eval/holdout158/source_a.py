"""holdout158, part A: pitch-pot (投壶) clubs, classes and venues. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-dingzhou-culture-centre-pitchpot-training",
        site="玎州县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.dingzhou.gov.cn.invalid/zwgk/tzgg/202504/t20250411_88213.html",
        title="玎州县文化馆关于举办2025年投壶技艺公益培训班的通知",
        record_title="玎州县文化馆关于举办2025年投壶技艺公益培训班的通知_通知公告_玎州县人民政府",
        date="2025-04-10",
        notes="county portal with 索引号 table, font-size row and a 纠错 hotline next to the notice's own contact",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>玎州县文化馆关于举办2025年投壶技艺公益培训班的通知_通知公告_玎州县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var siteId="dz01";</script></head>
<body>
<div class="head"><div class="logo">⟦m 玎州县人民政府 DINGZHOU COUNTY⟧</div>
<div class="tb"><a href="#">⟦a 无障碍浏览⟧</a> <a href="#">⟦a 长者模式⟧</a> <a href="#">⟦m 繁體⟧</a></div></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 走进玎州⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 您所在的位置：首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告⟧</div>
<table class="syh"><tr><td>⟦m 索引号：11330921MB0172654X/2025-00318⟧</td><td>⟦m 发布机构：县文化和广电旅游体育局⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 生成日期：2025-04-11⟧</td></tr></table>
<h1>{T}</h1>
<div class="fz">⟦a 【字号：大 中 小】【打印此页】【关闭本页】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="rel"><h4>⟦l 相关阅读⟧</h4><ul><li>⟦l 县文化馆2025年春季公益课程表公布⟧</li><li>⟦l 关于开展“我们的节日·端午”系列活动的通知⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：玎州县人民政府办公室　承办：县大数据发展中心⟧</p><p>⟦m 网站标识码 3309210003　浙ICP备05018826号-3⟧</p><p>⟦m 网站纠错热线：0580-8012345（工作日）⟧</p></div>
</body></html>
""",
        body="""
各乡镇（街道）综合文化站，县直各有关单位：
投壶是起源于先秦“射礼”的传统游艺项目。为推动优秀传统体育项目进基层，县文化馆决定举办2025年投壶技艺公益培训班，现将有关事项通知如下。
一、培训时间：2025年5月6日至5月30日，每周二、周四晚上7:00—8:30，共8次课。
二、培训地点：县文化馆三楼多功能厅。
三、招收对象：本县18周岁以上居民，每期限40人，各乡镇文化站可推荐1至2名文化管理员参加。
四、培训内容：投壶礼仪与历史、持矢姿势、“贯耳”“有初”等计分规则、比赛组织与裁判。
五、报名方式：请于4月28日前将报名表发送至县文化馆群文部邮箱dzwhg_qw@163.com。
联系人：方晓岚，联系电话：0580-8023617。
玎州县文化馆
2025年4月10日
""",
    ),
    dict(
        slug="fanwen-pitchpot-society-summary-wrapped",
        site="文秘驿站 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.wenmiyizhan.net.invalid/zongjie/shetuan/2025/0117/51820.html",
        title="中学投壶社团2024年度活动总结",
        record_title="【精选】中学投壶社团2024年度活动总结（可编辑）",
        date="2025-01-15",
        notes="decorated title; hard-wrapped at 62 columns; a writing-service prompt glued after a sentence",
        page="""
!m 文秘驿站——每天一篇好材料
!m 当前：首页 / 总结大全 / 社团活动总结
!t 【精选】中学投壶社团2024年度活动总结（可编辑）
!m 更新：2025-01-17　阅读 2,814　来源：会员投稿
!a 全文阅读  |  复制本文  |  存为Word
{BODY}
!a ▲ 本文完 · 会员可一键下载排版好的文档 ▲
!l 同类推荐：
!l ▸ 初中书法社团年度总结精选
!l ▸ 校园传统体育社团活动方案
!m 文秘驿站 wenmiyizhan.net · 苏ICP备19055731号
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
2024年，我校投壶社团在学校团委指导下，坚持“以礼育人、以技强身”的宗旨，认真开展各项活动，现总结如下。
一、基本情况。社团现有成员46人，来自初一至初三12个班级，聘请县投壶协会教练1名、本校体育教师2名担任指导老师。⟦w 材料写不出来？资深笔杆子一对一代笔，V信：wmyz_2233⟧
二、主要活动。全年开展常规训练64次，举办校内“雅礼杯”投壶赛2次，参加市青少年传统体育展示活动获得团体二等奖，3名同学获评“礼仪小使者”。
三、存在问题。训练器材偏少，部分队员动作不规范，计分规则掌握不够熟练。
四、下一步打算。增购标准壶具10套，编写校本训练手册，争取在2025年市级比赛中取得更好成绩。
城关中学投壶社团
2025年1月15日
""",
    ),
    dict(
        slug="forum-pitchpot-club-notice-junk",
        site="雅集游艺论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.yajiyouyi.cn.invalid/thread-38217-1-1.html",
        title="关于“上巳节”投壶雅集活动的报名通知",
        record_title="[活动] 关于“上巳节”投壶雅集活动的报名通知 - 投壶同好 - 雅集游艺论坛",
        date="2025-03-20",
        date_also=["2025-03-21"],
        notes="Discuz-like post with anti-scraping junk; post time differs from the notice's date",
        junk=dict(lines=2, glued=2),
        page="""
!m 雅集游艺论坛 › 传统游艺区 › 投壶同好
!t [活动] 关于“上巳节”投壶雅集活动的报名通知
!m 楼主：壶中日月　|　发表于 2025-3-21 09:12　|　只看该作者
!m 查看: 1203|回复: 27
{BODY}
!a 本帖最后由 壶中日月 于 2025-3-21 09:30 编辑
!l 回复 支持(12) 反对(0)
!l 2# 青衿子：报名！带两位朋友一起。
!l 3# 竹影：今年场地在哪个门进？
!d 本版内容仅代表网友个人观点，与论坛立场无关。
!m Powered by Discuz! X3.4 · 雅集游艺论坛 © 2013-2025
""",
        body="""
各位壶友：
为传承古礼、以壶会友，本社定于农历三月初三在璩原县河湾公园举办“上巳节”投壶雅集活动，欢迎大家报名参加。
一、活动时间：2025年3月31日上午9:00—11:30。
二、活动内容：曲水流觞诗会、投壶友谊赛、传统服饰展示。
三、报名办法：在本帖回复姓名和人数，或者加入社团群后接龙报名，名额60人，报满为止。
四、注意事项：请自带饮用水，着装以舒适为宜，未成年人须由家长陪同。
璩原投壶社
2025年3月20日
""",
    ),
    dict(
        slug="wenku-pitchpot-rules-page-markers",
        site="知渊文库 (invented)",
        style="文库预览",
        genre="规则",
        kind="rules",
        form="text",
        source="https://wenku.zhiyuan.com.invalid/view/6f8a21c07d3e4b5c.html",
        title="璐口市传统投壶竞赛规则（试行）",
        record_title="璐口市传统投壶竞赛规则（试行）.pdf",
        date="2024-09-02",
        notes="file-name title; preview page markers ⸨n⸩ cut sentences; preview-end prompt; Chinese-numeral date",
        pages=dict(fmt="⸨{n}⸩", every=150, start=2),
        page="""
!m 知渊文库 | 海量文档 随心阅读
!t 璐口市传统投壶竞赛规则（试行）.pdf
!m 上传者：kx_0925　　大小：312KB　　共3页　　下载券：3
!a 阅读已到预览上限 ▸ 开通会员，解锁剩余内容
{BODY}
!a 立即下载　|　加入文件夹　|　转存到手机
!d 本文档由用户自行上传，平台仅提供存储空间，如有侵权请提交举报。
!l 相关文档：投壶比赛裁判员须知　·　民间体育项目竞赛规程汇编
""",
        body="""
第一条 为规范本市传统投壶竞赛活动，保证比赛公平、有序进行，制定本规则。
第二条 比赛用壶为铜制或木制长颈壶，壶高28厘米，壶口直径3厘米，两侧各设一耳。比赛用矢长60厘米，每人每轮4支。
第三条 投掷线距壶身3米，运动员须立于线后投掷，脚踩线或越线者该矢无效。
第四条 计分办法：矢入壶口计10分，入壶耳计5分，“贯耳”连中加计5分，矢落地或弹出壶外不计分。
第五条 比赛分个人赛和团体赛，团体赛每队4人，按总分排定名次，总分相同时以入壶口次数多者列前。
第六条 本规则由璐口市社会体育指导中心负责解释，自印发之日起施行。
璐口市社会体育指导中心
二〇二四年九月二日
""",
    ),
    dict(
        slug="wechat-pitchpot-invitational-proposal",
        site="珙湾文旅 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="proposal",
        form="html",
        source="https://mp.wxmirror.net.invalid/s/GgWanWenLv_20250608",
        title="“珙湾杯”投壶邀请赛文明观赛倡议书",
        record_title=None,
        date="2025-06-08",
        notes="title missing from the record; account line gives the date; read-original and like buttons; a scan-code sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>珙湾文旅</title>
<style>.rich_media{max-width:677px}</style></head><body>
<div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 珙湾文旅⟧ <em>⟦m 2025年06月08日 18:02⟧</em> <span>⟦m 浙江⟧</span></div>
<div class="tip">⟦a 点击上方蓝字“珙湾文旅”，设为星标不迷路⟧</div>
<div id="js_content">
{BODY}
</div>
<p>⟦m 来源：珙湾县体育总会⟧</p>
<p>⟦m 编辑：周蔓　审核：陈启航⟧</p>
<div class="bar">⟦a 阅读原文⟧ ⟦l 分享 收藏 点赞 在看⟧</div>
<div class="more">⟦l 往期推荐：珙湾夏季夜游线路上新｜古镇非遗市集开市⟧</div>
<div class="qr">⟦a 长按识别二维码 关注我们⟧</div>
</div></body></html>
""",
        body="""
广大市民朋友：
6月14日至15日，“珙湾杯”投壶邀请赛将在县体育馆举行，来自周边8个县市的24支代表队将同场竞技。为营造文明、热烈、有序的观赛环境，我们倡议：
一、文明入场。请提前扫码预约观赛座位，凭预约码有序入场，不拥挤、不抢座。
二、礼貌观赛。运动员投掷时请保持安静，不喧哗、不使用闪光灯，为每一支矢送上掌声。
三、绿色离场。随身带走垃圾，服从现场工作人员疏导，错峰离开场馆。
让我们以礼相待、以壶会友，共同办好这场传统体育盛会！
珙湾县体育总会
2025年6月8日
""",
    ),
    dict(
        slug="baike-pitchpot-entry-nodate",
        site="知物百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://baike.zhiwu.org.invalid/item/投壶/10382",
        title="投壶",
        record_title="投壶_知物百科",
        date=None,
        notes="encyclopaedia entry: no date; example years in sentences are not dates; edit stamps are chrome",
        page="""
!m 知物百科 — 人人可编辑的知识库
!a 登录 | 注册 | 编辑词条 | 收藏
!t 投壶_知物百科
!m 本词条由“民俗文化”科普团队审核　浏览次数：58,210　最近更新：3天前
!l 目录：1 历史沿革　2 器具与规则　3 当代传承
{BODY}
!l 词条标签：传统体育 · 古代游戏 · 礼仪
!d 词条内容仅供参考，如您需要解决具体问题，建议咨询相关领域专业人士。
!m ©2025 知物百科 京ICP证160518号
""",
        body="""
投壶是中国古代士大夫宴饮时的一种投掷游戏，由“射礼”演变而来，参与者将箭矢投向壶中，以投中多少决定胜负。
历史沿革
投壶在春秋战国时期已经流行，《礼记》中有专门的《投壶》篇记载其礼仪。汉代以后，投壶逐渐由礼仪转向娱乐，唐宋时期在民间广泛流传。
器具与规则
投壶所用的壶一般为长颈大腹，有的两侧有耳。矢多用竹木制成。投中壶口称“有初”，连中称“连中”，矢入壶耳称“贯耳”。
当代传承
近年来，一些地方将投壶列入民族传统体育项目，开展培训和比赛，部分中小学也把投壶引入课间活动。
""",
    ),
    dict(
        slug="community-pitchpot-games-notice",
        site="瑷川县南桥街道芳邻社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.fanglin-sq.cn.invalid/news/show.asp?id=2291",
        title="芳邻社区“传统游戏进家门”投壶体验活动通知",
        record_title="芳邻社区“传统游戏进家门”投壶体验活动通知-社区公告-芳邻社区网",
        date="2025-07-02",
        notes="community site; 时间/地点 lines; the community's own phone next to the property hotline in the footer",
        page="""
<html><head><meta charset="gb2312"><title>芳邻社区“传统游戏进家门”投壶体验活动通知-社区公告-芳邻社区网</title></head>
<body>
<table width="960" align="center"><tr><td>⟦m 芳邻社区网 · 邻里一家亲⟧</td><td align="right">⟦m 今天是：农历六月初八⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 首页⟧ | ⟦m 社区公告⟧ | ⟦m 党群服务⟧ | ⟦m 便民信息⟧ | ⟦m 志愿者之家⟧</td></tr></table>
<div class="pos">⟦m 位置：首页 - 社区公告⟧</div>
<h2>{T}</h2>
<div class="inf">⟦m 发布人：社区居委会　点击：367⟧</div>
{BODY}
<div>⟦a 【我要报名】⟧ ⟦a 【返回列表】⟧</div>
<div class="side"><b>⟦l 最新公告⟧</b><br>⟦l · 关于7月停水检修的温馨提示⟧<br>⟦l · 暑期“四点半课堂”开班啦⟧</div>
<div class="foot">⟦m 物业24小时服务电话：0571-86650011⟧<br>⟦d 本站信息由社区工作人员维护，转载请注明出处⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为丰富辖区老人和儿童的暑期生活，社区联合瑷川县投壶协会开展“传统游戏进家门”投壶体验活动，欢迎大家参加。
活动时间：2025年7月12日（星期六）下午3:00
活动地点：社区党群服务中心一楼活动室
活动安排：协会老师讲解投壶礼仪，居民分组体验，设“祖孙同乐”小比赛，优胜者获纪念品一份。
报名方式：到社区服务窗口登记，或拨打社区电话0571-86652718报名，限30组家庭。
芳邻社区居民委员会
2025年7月2日
""",
    ),
    dict(
        slug="university-pitchpot-lecture-news",
        site="玑湖师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jhnu.edu.cn.invalid/info/1021/17744.htm",
        title="我校举办“礼射与投壶”传统文化讲座",
        record_title="我校举办“礼射与投壶”传统文化讲座-玑湖师范学院",
        date="2025-04-23",
        notes="university news: 发布时间 byline is the date; photo caption between paragraphs; 作者/审核 lines glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校举办“礼射与投壶”传统文化讲座-玑湖师范学院</title>
<link rel="stylesheet" href="/css/main.css"></head><body>
<header><div class="logo">⟦m 玑湖师范学院 JIHU NORMAL UNIVERSITY⟧</div>
<nav>⟦m 学校概况⟧ ⟦m 院系设置⟧ ⟦m 教育教学⟧ ⟦m 科学研究⟧ ⟦m 招生就业⟧</nav></header>
<div class="crumb">⟦m 当前位置: 首页 &gt; 师大要闻⟧</div>
<article><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-04-23　来源：文学院　浏览次数：1092⟧</div>
{BODY}
</article>
<div class="pager">⟦l 上一条：我校在省大学生汉字书写大赛中获佳绩⟧<br>⟦l 下一条：学校召开2025年本科教学工作会议⟧</div>
<footer>⟦m 地址：玑湖市学府路66号　邮编：321400⟧<br>⟦m Copyright © 玑湖师范学院 版权所有⟧</footer>
</body></html>
""",
        body="""
4月21日晚，文学院在图书馆报告厅举办“礼射与投壶”传统文化讲座，特邀省民俗学会理事韩柏舟研究员主讲，200余名师生到场聆听。
韩柏舟从《礼记·投壶》篇讲起，梳理了投壶从礼仪到游戏的演变过程，并结合出土壶具图片，讲解了古人宴饮中的宾主礼节。
⟦m 图为讲座现场（摄影：刘苗）⟧
讲座结束后，现场设置了投壶体验区，同学们在老师指导下依次体验，现场气氛热烈。文学院将以此为契机，筹建传统游艺社团，推动中华优秀传统文化进校园。⟦m 撰稿：吴一帆　审核：孟岩⟧
""",
    ),
    dict(
        slug="print-pitchpot-association-minutes",
        site="琭岭县民间体育协会网站 打印页 (invented)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.llmjty.org.invalid/print.aspx?id=417",
        title="琭岭县投壶协会第二届理事会第三次会议纪要",
        date="2025-02-26",
        notes="print view; minutes' 时间/地点/主持/出席/记录 lines kept; print stamp and footer are chrome; vote count kept",
        page="""
!a 〖打印〗  〖关闭〗
!m 琭岭县民间体育协会
{T}
!m 打印时间：2025/3/3 14:27:51
{BODY}
!m 本页地址：http://www.llmjty.org.invalid/show.aspx?id=417
!p ·· 第1页 / 合计1页 ··
""",
        body="""
时间：2025年2月25日下午2:30
地点：县全民健身中心二楼会议室
主持：协会会长 沈梦澄
出席：理事15人（应到17人）
记录：秘书长 周禾
会议审议并原则通过了《2025年度工作计划》和《投壶裁判员管理办法》。表决结果：同意15票，反对0票，弃权0票。
会议决定：4月举办第三届全县投壶锦标赛，由竞赛部负责制定竞赛规程；6月前完成首批12名三级裁判员培训。
会议要求各理事单位于3月15日前报送本单位年度活动安排。
琭岭县投壶协会
2025年2月26日
""",
    ),
    dict(
        slug="mail-fwd-pitchpot-equipment-request",
        site="网易邮箱转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://fwd/2025-05-09/qiuyuan-wenhuazhan",
        title="关于购置投壶比赛器材的请示",
        record_title="Fwd: 关于购置投壶比赛器材的请示",
        date="2025-05-06",
        date_also=["2025-05-09"],
        notes="forwarded mail: headers are chrome, the document's own 附件 and 抄送 kept; send date differs from 成文日期",
        page="""
!m 发件人：琲阳镇文化站 <whz_beiyang@126.com>
!m 收件人：县文旅体局群文科 <qwk@beiyang.gov.cn.invalid>
!m 发送时间：2025年5月9日(星期五) 上午10:48
!t 主题：Fwd: 关于购置投壶比赛器材的请示
!m 附件：2个（购置清单.xlsx，报价单.pdf）
!w ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及其附件可能含有保密信息，如您误收请立即删除。
!a 回复 | 回复全部 | 转发 | 删除
""",
        body="""
县文化和广电旅游体育局：
我镇已连续三年举办“百姓投壶节”，参与群众逐年增多，但现有壶具大多为自制木壶，规格不一，已不能满足比赛需要。为办好今年第四届“百姓投壶节”，拟购置标准铜壶12只、竹矢200支、计分牌12块，预算共计1.86万元。
妥否，请批示。
附件：1.投壶器材购置清单
2.供货商报价单
琲阳镇人民政府
2025年5月6日
（联系人：许丹，电话：0574-58876203）
抄送：县财政局
""",
    ),
    dict(
        slug="training-guoxue-pitchpot-summer-class",
        site="明礼国学馆 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="brochure",
        form="html",
        source="https://www.minglixuetang.com.invalid/course/2025summer-touhu.html",
        title="明礼国学馆2025暑期少儿投壶礼仪班招生简章",
        record_title="明礼国学馆2025暑期少儿投壶礼仪班招生简章（名额有限）｜明礼国学馆",
        date="2025-06-18",
        notes="training school: floating consult box and 400 line vs the school's own 报名电话; fee table kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>明礼国学馆2025暑期少儿投壶礼仪班招生简章（名额有限）｜明礼国学馆</title>
<script>window.kf={id:"mlxt"}</script></head><body>
<div class="topbar">⟦m 明礼国学馆 · 知礼 明理 立身⟧ <span>⟦w 全国招生热线 400-806-2718⟧</span></div>
<nav>⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资团队⟧ ⟦m 校区分布⟧ ⟦m 在线预约⟧</nav>
<h1>{T}</h1>
<p class="meta">⟦m 发布：2025-06-18　教务处⟧</p>
{BODY}
<div class="btns">⟦a 立即预约试听⟧ ⟦a 领取优惠券⟧</div>
<div class="float">⟦w 在线咨询｜课程顾问5分钟内回复⟧</div>
<footer>⟦m 瓀山市明礼文化培训学校有限公司　办学许可证号：教民1403210001号⟧<br>⟦d 页面图片仅供参考，课程以实际开课为准。⟧</footer>
</body></html>
""",
        body="""
投壶是古人宴饮时的礼仪游戏，讲究“正身、凝神、守礼”。本暑期班以投壶为载体，让孩子在游戏中学习传统礼仪，锻炼专注力和手眼协调能力。
一、招生对象：6至12周岁少儿，每班12人。
二、课程安排：
班次　上课时间　课时　学费
一期　7月7日—7月18日上午　10课时　880元
二期　7月21日—8月1日上午　10课时　880元
三期　8月4日—8月15日下午　10课时　880元
三、课程内容：投壶历史故事、揖让礼仪、基本投法、亲子展示赛。
四、报名地址：瓀山市文昌路18号明礼国学馆二楼前台。报名电话：0351-7726108（周一至周六9:00—17:30）。
""",
    ),
]
