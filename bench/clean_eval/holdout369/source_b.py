"""holdout369, part B: a blog, WeChat mirrors, sharing sites, education portals, intranets, Q&As. Invented text."""

CASES = [
    dict(
        slug="blog-daima-huichen-keyboard-cleanup-wrapped",
        site="代码与灰尘 (invented personal tech blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://dmyhc.example.net/posts/keyboard-cleanup-day.html",
        title="给办公室十二把键盘做了一次大扫除",
        record_title="给办公室十二把键盘做了一次大扫除 — 代码与灰尘 / 动手日志",
        date=None,
        notes="blog text hard-wrapped at 58 columns; category/read/comment line, a relative post time (上周五) that is no date; comments and prev/next below",
        page="""
!m 代码与灰尘
!m 一个后端程序员的工位生活
!m 首页 | 动手日志 | 读书 | 关于
{T}
!m 作者：灰尘　　发表于 上周五 21:40　　分类：动手日志　　阅读(286)　评论(9)
{BODY}
!l 本文标签：#键盘 #工位 #清洁
!l « 上一篇：把旧显示器支架改成了笔记本架
!l » 下一篇：一个月不碰咖啡是什么体验
!l 评论区
!l 小鹿：咖啡豆那段笑出声，是谁的工位？
!l 灰尘 回复 小鹿：保密，他本人已经认领了
!a 发表评论（需登录）
!d 本站文章采用署名-非商业性使用许可，转载请注明出处。
""",
        indent="  ",
        wrap=58,
        body="""
周五下午组里不忙，我带了一把键盘刷、一瓶酒精和一包棉签，把组里十二把键盘挨个收拾了一遍。
先说流程。第一步拔线断电，把键盘倒过来轻轻拍几下，让缝里的碎屑先掉出来；第二步用键盘刷顺着键帽之间的缝隙一行一行地刷，方向要一致，不然灰只是从这一格挪到了那一格；第三步用蘸了酒精的棉签擦键帽表面，尤其是空格键和回车键。
再说发现。十二把里有三把的WASD附近积了厚厚一层饼干渣，一看就知道主人爱在工位上吃零食；还有一把的Ctrl键卡住了，刷出来一颗咖啡豆。
前后花了两个小时。周一大家来上班，好几个人说手感像换了新键盘。我顺手在群里提议每月最后一个周五搞一次，没想到全票通过。
一把十几块钱的刷子，换来一屋子人的好心情，挺划算。
""",
    ),
    dict(
        slug="wechat-yichuan-fire-heating-table-star-prompt",
        site="微文旧档 mirror of the account 挹川消防 (invented)",
        style="公众号镜像",
        genre="安全提示",
        kind="news",
        form="html",
        source="https://www.weiwenjiudang.example.com/a/yichuanxiaofang/20251209/183002.html",
        title="电暖桌下别烤衣服！这起火灾教训太深刻",
        record_title="电暖桌下别烤衣服！这起火灾教训太深刻 ◂ 挹川消防 ◂ 微文旧档",
        date="2025-12-09",
        notes="WeChat mirror: 原创 tag, account line with the publish time (the page's date), a star prompt before the first words, 在看/阅读原文 rows, QR line and the mirror's archive note; a sentence that asks readers to share the article",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>电暖桌下别烤衣服！这起火灾教训太深刻 ◂ 挹川消防 ◂ 微文旧档</title>
<script>window.__ARCHIVE__={acct:"yichuanxiaofang",t:1765276200};</script>
</head>
<body>
<div class="archive-bar">⟦m 微文旧档｜公众号文章存档与检索⟧ <a href="/acct/yichuanxiaofang">⟦l 查看该号全部存档（412 篇）⟧</a></div>
<div class="rich_media_area">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">
<span class="original">⟦m 原创⟧</span> <span class="nick">⟦m 挹川消防⟧</span> <em>⟦m 2025-12-09 18:30 浙江⟧</em>
</div>
<div class="rich_media_content">
{BODY}
<p style="text-align:center;color:#888">⟦m 来源：挹川县消防救援大队防火监督科⟧</p>
<p style="text-align:center;color:#888">⟦m 责编：姚小禾　审核：钱卫东⟧</p>
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧ ⟦l 阅读 3271　分享 584　在看 97⟧</div>
<div class="qr">⟦m 长按二维码，关注挹川消防⟧</div>
</div>
<div class="archive-foot">⟦d 本页为公众号文章的网页存档副本，版权归原公众号所有，如需删除请联系存档方⟧</div>
</body>
</html>
""",
        p_html='<section style="margin:0 8px"><p style="line-height:1.75">{}</p></section>',
        body="""
⟦a 点击上方蓝字“挹川消防”，设为星标不迷路⟧12月6日晚，挹川县搴溪镇一户村民家中起火。经消防救援人员调查，起火原因是家中老人把湿棉鞋放在电暖桌下烘烤，棉鞋长时间贴着发热管，引燃了垂到地面的桌布。
所幸家人发现及时，火势没有蔓延，但桌子、沙发和半面墙已被烧毁。
入冬以来，这已经是我县第三起由电暖桌引发的火情。消防提醒大家，使用电暖桌要做到“四个不要”：
一、不要在桌下烘烤衣物、鞋袜和毛巾；
二、不要让桌布垂地，更不要盖住电源线和开关；
三、不要把电暖桌和其他大功率电器插在同一个插线板上；
四、不要人走不断电，外出和睡觉前一定要拔掉插头。
家里有老人的，请子女多打个电话提醒一下。转发这篇文章，也是一份提醒。
""",
    ),
    dict(
        slug="wechat-zhuofeng-pledge-plug-adapters-record-title",
        site="公号阅读镜像 of the account 倬峰社区 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gzh-mirror.example.org/zhuofengshequ/2025/11/27/pledge-adapters.html",
        title="关于规范使用插头转换器和插线板的倡议书",
        date="2025-11-26",
        date_also=["2025-11-27"],
        notes="record title as is; account line's date differs from the 成文日期 under the signature (document's expected, the other accepted); a sentence asking residents to follow the account; a like/在看 row glued after the last sentence",
        page="""
!m 倬峰社区
!m 公众号文章 · 镜像阅读
{T}
!m 倬峰社区　2025年11月27日 08:02　浙江
!a 听全文
{BODY}
!m 文字：社区平安办　排版：小峰
!a 喜欢就点个“在看”，让更多邻居看到
!l 往期回顾
!l 社区老年食堂12月菜单出炉
!l 楼道堆物清理，这个周末一起来
!m 微信扫一扫，关注“倬峰社区”
!d 镜像页仅供离线阅读，内容以公众号原文为准。
""",
        gap=True,
        body="""
各位居民朋友：
入冬后，家里用的电器多了，不少家庭把插头转换器、插线板一个接一个地串起来用。社区近期入户走访时发现，有的转换器上插着电暖器、电水壶，摸上去烫手；有的放在床边、沙发底下，上面还压着衣物。这些都是火灾隐患。为此，社区居委会向大家发出如下倡议：
一、买正规产品。选购有3C标志的转换器和插线板，不买没有厂名厂址的“三无”产品。
二、不串接、不超载。一个插座只用一个转换器，大功率电器单独取电，不要让几个转换器层层串接。
三、勤检查、常更换。发现外壳发黄、变形，插孔松动或者有焦味的，立即停用更换。
四、人走断电。出门和睡前拔掉不用的插头。
社区在居委会一楼设了“旧插座换新”点，12月底前，居民凭旧转换器可以免费换一个合格产品。也请大家关注“倬峰社区”公众号，及时了解社区的安全提示。
倬峰社区居民委员会
2025年11月26日
""",
    ),
    dict(
        slug="docshare-zhiyuan-request-monitor-lightbars-docx",
        site="纸鸢文档 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.zhiyuanwd.example.com/doc/88s71q3a.html",
        title="关于为县应急指挥中心值班席位配置显示器挂灯的请示",
        record_title="关于为县应急指挥中心值班席位配置显示器挂灯的请示.docx",
        date="2025-04-07",
        notes="file-name record title; sharing page with a file-info box, a sign-in points lock and a service WeChat; the request's own 联系人/电话 beside the site's service line; 附件 line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于为县应急指挥中心值班席位配置显示器挂灯的请示.docx - 纸鸢文档</title>
<script src="//cdn.zhiyuanwd.example.com/js/preview.js"></script>
</head>
<body>
<div class="zy-top"><a href="/">⟦m 纸鸢文档⟧</a> <span>⟦m 把用得上的文档放飞给需要的人⟧</span> <a href="/up">⟦a 我要上传⟧</a></div>
<div class="zy-crumb">⟦m 纸鸢文档 › 公文写作 › 请示报告⟧</div>
<div class="zy-doc">
<h1>{T}</h1>
<table class="fileinfo">
<tr><td>⟦m 格式：DOCX　大小：21.6KB　页数：2⟧</td><td>⟦m 分享人：值班老庞⟧</td></tr>
<tr><td>⟦m 分享于 2025-04-19⟧</td><td>⟦m 浏览 741 · 下载 58⟧</td></tr>
</table>
<div class="zy-content">
{BODY}
</div>
<div class="zy-lock">⟦a 原文档共2页，连续签到3天可解锁完整下载⟧</div>
<div class="zy-btns"><a>⟦a 存到我的纸鸢⟧</a> <a>⟦a 生成分享链接⟧</a></div>
</div>
<div class="zy-related"><h3>⟦l 同类请示⟧</h3>
<p>⟦l 关于购置应急值守终端设备的请示⟧</p><p>⟦l 关于指挥大厅照明改造经费的请示⟧</p></div>
<div class="zy-foot">⟦w 纸鸢客服微信：zhiyuan_wd07（工作日回复）⟧<br>⟦d 用户分享的文档仅代表分享人观点，如涉及侵权请提交申诉⟧<br>⟦m 纸鸢文档 © 2025 闽ICP备21033094号⟧</div>
</body>
</html>
""",
        body="""
县财政局：
县应急指挥中心现有值班席位16个，实行24小时值守。夜间值班时，为避免大屏幕反光，指挥大厅只开部分照明，值班人员查阅纸质预案、填写值班记录时光线不足，时间长了眼睛疲劳，也容易记错信息。
经比较，在每个席位的显示器上加装挂灯，可以只照亮桌面而不影响大屏幕显示，安装简便，不需要改动大厅线路。为此，我中心拟为16个值班席位各配置显示器挂灯1台，另备用4台，共20台，预算单价220元，合计4400元。
所需经费拟从本年度应急值守保障经费中列支。
妥否，请批示。
附件：显示器挂灯配置清单
联系人：庞思远　电话：0578-52190611
挹川县应急指挥中心
2025年4月7日
""",
    ),
    dict(
        slug="docshare-zhiye-rule-keyboard-cleaning-articles",
        site="知页文档 (invented document-sharing site)",
        style="文档分享",
        genre="规定",
        kind="other",
        form="text",
        source="https://zhiyewd.example.cn/s/7KqP2z",
        title="计算机房键盘设备清洁管理规定",
        record_title="计算机房键盘设备清洁管理规定【改改就能用·机房制度】 - 知页文档",
        date=None,
        notes="第N条 articles that speak of 打印 as content; an uploader's notice between articles; no date (effective on publication); upload notice and download prompt around it",
        page="""
!m 知页文档　|　文档共享，一页一页积累
!m 分类：教育 ＞ 学校管理 ＞ 规章制度
{T}
!m 上传：机房小何　　更新于 2025-05-16　　2页　　★4.6
!d 本文档由用户上传至知页文档，若有版权问题请联系平台处理。
{BODY}
!a 下载本文档（.docx，需1知页豆）
!a 加入我的文件夹　　|　　复制链接
!l 更多机房制度：机房学生上机守则　｜　计算机教室设备报修流程
!m 知页文档 zhiyewd.example.cn　苏ICP备22017358号
""",
        indent="\u3000\u3000",
        body="""
第一条　为保持计算机房设备清洁，延长键盘等输入设备的使用寿命，制定本规定。
第二条　本规定适用于学校计算机教室、电子阅览室和教师机房。
⟦d 以下条款系上传者根据本校制度整理，引用前请自行核对⟧
第三条　机房管理员每周五下午对全部键盘进行一次清洁：先断电，再用键盘刷清扫键帽缝隙，最后用75%酒精棉片擦拭键面。
第四条　每学期开学前进行一次深度清洁，拆下键帽清洗，清洗后晾干不少于24小时方可装回。
第五条　机房内禁止饮食。学生上机前后各用键盘刷自行清扫一次，用后将键盘刷放回指定位置。
第六条　清洁情况记入《机房设备维护登记表》，登记表每月打印一份存档。
第七条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="edu-yichuan-notice-heating-tables-schools-record-date",
        site="挹川县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.yichuan.example.cn/tzgg/2025/1112/3307.html",
        title="关于做好农村学校冬季电暖桌使用安全管理的通知",
        record_title="关于做好农村学校冬季电暖桌使用安全管理的通知 - 通知公告 - 挹川教育",
        record_date="2025-11-12",
        date="2025-11-12",
        notes="education portal: 适老版/读屏 links, attachment download links beside the body's 附件 list, the notice's own 联系人/电话 beside the site's technical-support line; numbered list; date in the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于做好农村学校冬季电暖桌使用安全管理的通知 - 通知公告 - 挹川教育</title>
<link rel="stylesheet" href="/static/edu2025.css">
</head>
<body>
<div class="edu-top">
<div>⟦m 挹川教育 · 挹川县教育局主办⟧</div>
<div>⟦a <a>适老版</a> ｜ <a>读屏辅助入口</a> ｜ <a>站内检索</a>⟧</div>
</div>
<div class="edu-nav">⟦m 首页　教育要闻　通知公告　政策文件　招生考试　安全教育⟧</div>
<div class="edu-path">⟦m 现在位置：首页 › 通知公告⟧</div>
<div class="edu-article">
<h2>{T}</h2>
<p class="info">⟦m 发布：县教育局安全办　时间：2025-11-12　点击：1208⟧</p>
<div class="text">
{BODY}
</div>
<div class="files">
<p>⟦a ⇣ 学校电暖桌使用情况登记表.docx（23KB）⟧</p>
<p>⟦a ⇣ 冬季取暖用电安全提示（张贴版）.pdf（410KB）⟧</p>
</div>
<div class="pager">⟦l 上一条：关于开展2025年冬季校园消防演练的通知⟧<br>⟦l 下一条：全县中小学教师信息技术能力提升培训安排⟧</div>
</div>
<div class="edu-foot">
<p>⟦m 挹川县教育局　地址：挹川县城关镇学前路8号⟧</p>
<p>⟦m 网站技术支持：县教育信息中心 0578-52230099⟧</p>
<p>⟦m 浙ICP备13047720号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
入冬以来，部分农村学校的办公室、教师宿舍和寄宿生值班室使用电暖桌取暖。为防止因使用不当引发火灾和触电事故，现就有关事项通知如下：
1. 各校要对校内电暖桌进行一次全面登记，没有3C标志、发热部件无防护罩的一律停用。
2. 电暖桌只能在办公室和教师宿舍使用，学生宿舍一律不得使用。
3. 使用电暖桌必须单独取电，不得与其他电器共用插线板，下班和离开房间时必须断电。
4. 各校安全管理员每周检查一次，检查情况填入附件1，于每月5日前报县教育局安全办。
附件：1.学校电暖桌使用情况登记表
2.冬季取暖用电安全提示（张贴版）
联系人：任佳禾　联系电话：0578-52233715
挹川县教育局
2025年11月12日
""",
    ),
    dict(
        slug="edu-qianxi-school-notice-night-drill-glow-signs",
        site="挹川教育网 · 搴溪镇中心小学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://qxzx.yichuanedu.example.cn/xxdt/20251027/1194.html",
        title="搴溪镇中心小学关于开展夜间应急疏散演练的通知",
        record_title="搴溪镇中心小学关于开展夜间应急疏散演练的通知-学校动态栏-挹川教育网",
        date="2025-10-27",
        notes="school page on an education portal: a read-aloud/font row, a print link glued after a sentence, an editor line; 成文日期 under the signature",
        page="""
!m 挹川教育网　学校频道
!m 搴溪镇中心小学
!m 学校首页　＞　学校动态
{T}
!m 作者：校办　　来源：本站原创　　点击数：467　　更新：2025-10-27
!a 【朗读】【大字】【小字】
{BODY}
!m 责任编辑：谢梦溪
!l 相关信息：
!l 搴溪镇中心小学2025年秋季消防安全教育周活动小结
!l 寄宿生晚自习安全管理细则（修订）
!m 搴溪镇中心小学　校址：搴溪镇学府路2号　邮编：324411
""",
        indent="\u3000\u3000",
        body="""
各班主任、各位住校生家长：
学校已于10月在三幢教学楼和学生宿舍楼的楼梯踏步、转角和安全出口处贴好了夜光疏散指示贴。为检验夜间停电情况下学生的疏散能力，学校定于10月30日晚7时30分在学生宿舍楼开展一次夜间应急疏散演练。现将有关事项通知如下：
一、演练时关闭楼内全部照明，学生按夜光贴的箭头方向，沿楼梯靠右有序下楼，到操场指定位置集合。
二、各楼层由值班教师负责，演练前检查夜光贴有无脱落、遮挡。⟦a 〔打印本通知〕⟧
三、演练中不得推挤，不得返回取物。
四、演练结束后，各班利用班会课进行总结。
请家长提前告诉孩子，不必紧张。
搴溪镇中心小学
2025年10月27日
""",
    ),
    dict(
        slug="oa-gunhe-minutes-adapter-sleeves-vote",
        site="衮河电器协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.gunhe-elec.example.local/doc/view.do?id=20250814-07",
        title="关于旅行转换插头插套保持力不合格问题的质量分析会纪要",
        record_title="〔例会纪要·质量部〕关于旅行转换插头插套保持力不合格问题的质量分析会纪要 - 衮河电器协同办公",
        date="2025-08-14",
        notes="OA document view: 流转记录, read count, archive/forward buttons; the minutes' 时间/地点/主持/参会/记录 lines and a vote count; the date from the 时间 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔例会纪要·质量部〕关于旅行转换插头插套保持力不合格问题的质量分析会纪要 - 衮河电器协同办公</title>
<script src="/oa/js/docview.js"></script>
</head>
<body>
<div class="oa-head">⟦m 衮河电器协同办公平台⟧ ⟦m 当前用户：二车间 / 覃立⟧ <a>⟦a 注销⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公司公文　会议管理　知识库⟧</div>
<div class="oa-doc">
<div class="oa-doc-title">{T}</div>
<div class="oa-doc-attr">⟦m 文档编号：ZL-JY-2025-031　密级：内部　发文部门：质量部⟧</div>
<div class="oa-doc-body">
{BODY}
</div>
<div class="oa-flow">
<h4>⟦m 流转记录⟧</h4>
<p>⟦m 黎小满 拟稿 → 汤振邦 审核 → 总经办 分发⟧</p>
<p>⟦m 已阅 23 人　未阅 4 人⟧</p>
</div>
<div class="oa-btn">⟦a 归档　转发　打印　返回列表⟧</div>
</div>
<div class="oa-foot">⟦d 本平台信息仅限公司内部使用，严禁截屏外传⟧　⟦m IT服务台分机：8016⟧</div>
</body>
</html>
""",
        body="""
时间：2025年8月14日14:30
地点：公司二楼质量会议室
主持：副总经理 汤振邦
参会：质量部、生产部、技术部、采购部负责人及二车间班组长
记录：质量部 黎小满
会议听取了质量部关于7月份出口批次旅行转换插头插套保持力不合格的情况汇报，经讨论，议定如下事项：
一、原因。铜插套来料硬度偏低，加上二车间铆压工装磨损，导致插套夹紧力不足。
二、措施。采购部本周内约谈插套供应商，来料逐批检测硬度；技术部8月20日前完成铆压工装更换；质量部把插套保持力由抽检改为全检，持续一个月。
三、追溯。对7月份生产的3个批次共1.8万只产品全部返工复检。
四、表决。关于是否对该供应商暂停供货一个月，参会9人，同意7人，反对1人，弃权1人，事项通过。
""",
    ),
    dict(
        slug="oa-zhuoshan-jinggong-bulletin-esd-keyboard-brush-record-title",
        site="倬山精工电子 OA (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://oa.zsjg.example.local/notice/2025/0620/ZL-12.html",
        title="关于二车间使用非防静电键盘刷清洁设备的通报",
        date="2025-06-20",
        notes="record title as is; intranet text view with its own header and 流转 lines; an IT-desk extension at the foot; 成文日期 under the signature",
        page="""
!m 倬山精工电子 · 内部办公系统
!m 位置：公司通知 > 质量通报
{T}
!m 发布部门：质量部　　发布人：卜春华　　阅读：186
!a [收藏]　[转发]　[打印]
{BODY}
!m 已读：二车间、三车间、仓储部、设备部
!m 未读：行政部
!d 内部资料，请勿外传
!w 系统使用问题请拨信息中心分机 6203
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
6月17日，质量部在二车间巡检时发现，SMT线有3个工位在用普通尼龙毛键盘刷清洁贴片机操作键盘和工作台面。普通毛刷摩擦容易产生静电，可能击伤正在周转的电路板。现将有关情况通报如下：
一、经查，上述毛刷是员工从家中带来的，车间班组长没有及时发现和制止。
二、对二车间予以通报批评，扣除当月车间安全文明生产考核分5分。
三、各车间即日起统一到仓库领用防静电键盘刷，个人自带的清洁工具一律不得带入防静电区域。
四、各班组长每天班前检查一次，发现问题及时纠正。
请各部门引以为戒。
倬山精工电子有限公司质量部
2025年6月20日
""",
    ),
    dict(
        slug="qa-wengemingbai-monitor-lightbar-eyes-missing-title",
        site="问个明白 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengemingbai.example.com/q/61839025.html",
        title="显示器挂灯到底伤不伤眼睛？",
        record_title=None,
        date=None,
        notes="no title in the record, and <title> only the site: the question is the title; adopted-answer badge, vote bar, more answers; numbered list; relative times are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问个明白 - 有问题，就有人认真回答</title>
</head>
<body>
<div class="wg-top">⟦m 问个明白⟧ <input placeholder="搜一搜你想问的"> <a>⟦a 我要提问⟧</a> <a>⟦a 登入问个明白⟧</a></div>
<div class="wg-crumb">⟦m 问个明白 › 数码 › 电脑外设⟧</div>
<div class="wg-question">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：夜猫子小蒋　　4 天前　　浏览 2360⟧</p>
</div>
<div class="wg-answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="who">⟦m 眼视光门诊的邹医生　　回答于 3 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦l 有用 418　　没用 6　　评论 22⟧</div>
</div>
<div class="wg-more"><h3>⟦l 其他 7 个回答⟧</h3>
<p>⟦l 数码小钱：不伤，我用了两年，就是别买太便宜的⟧</p>
<p>⟦l 匿名用户：灯再好也得让眼睛歇会儿⟧</p></div>
<div class="wg-side"><h4>⟦l 相关问题⟧</h4><p>⟦l 晚上关灯看屏幕真的会近视吗？⟧</p><p>⟦l 护眼台灯和挂灯选哪个？⟧</p></div>
<div class="wg-foot">⟦d 回答仅代表答主个人观点，不构成医疗建议⟧ ⟦m 问个明白 © 2025⟧</div>
</body>
</html>
""",
        body="""
不伤眼，用对了反而能减轻眼睛疲劳。我在眼视光门诊工作，简单说几点：
1. 挂灯的作用是给桌面补光。晚上只开屏幕不开灯，屏幕亮、周围暗，瞳孔要不停地调节，眼睛就容易累。挂灯把桌面照亮，明暗差小了，眼睛反而轻松。
2. 选非对称光的。好的挂灯光只往前下方打，不会照到屏幕上形成反光，也不会直射眼睛。买之前可以看看评测里有没有屏幕反光的照片。
3. 亮度别开太大。桌面亮度和屏幕差不多就行，开到最亮反而刺眼。
4. 注意频闪。有些便宜的灯，用手机摄像头对着拍会看到一道道条纹，这种最好别买。
最后，再好的灯也代替不了休息，用眼40分钟就起来看看远处。
""",
    ),
    dict(
        slug="qa-wenjintai-uk-plug-adapter-numbered",
        site="问津台 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenjintai.example.cn/question/330915",
        title="去英国留学要带什么样的插头转换器？",
        record_title="去英国留学要带什么样的插头转换器？-留学行前问答-问津台",
        date=None,
        notes="Q&A as text: asker and answerer lines, a numbered list, vote and comment rows, more answers; no date",
        page="""
!m 问津台 · 有问必答
!m 问津台 > 留学 > 行前准备
{T}
!m 提问：要去曼城的小柯　　2 个月前　　12 人关注
!l 我来答　　　邀请回答　　　关注问题
!m 最佳答案　　答主：在英第六年的老谭
{BODY}
!l 👍 2031 赞同　　💬 47 条评论　　收藏
!l 查看其余 15 个回答 ›
!l 同话题的问题：英国宿舍能用电热水壶吗？
!m 问津台 wenjintai.example.cn　京ICP备23014487号
""",
        body="""
英国用的是G型插头，三个扁平的方形插脚，和国内的插座完全不一样，所以一定要带转换器。给你几点建议：
1. 买英标转换器。认准“英标”或者“G型”，插脚上带绝缘套的更安全。
2. 不用买变压器。英国电压是230伏，和国内的220伏差不多，手机、电脑的充电器基本都是宽电压的，看一下充电器上写的“100-240V”就行。
3. 吹风机、电饭锅这类国内买的大功率电器最好别带，插在转换器上容易发热。
4. 带一个多孔的就够了。出门时带一个有USB口的转换器，再配一个国内的小插线板，一个插座就能同时给几样东西充电。
到了以后，宿舍楼下的超市也能买到，不用一次带太多。
""",
    ),
]
