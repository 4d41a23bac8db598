"""holdout31, part A: invented pages (see ../README.md and ../build.py). Everything here is invented."""

CASES = [
    dict(
        slug="fanwen-shiyun-summary-fungi-association",
        site="拾韵范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.shiyunfw.example.com/zongjie/xiehui/20250114_3381.html",
        title="楝川县食用菌产业协会2024年工作总结",
        record_title="【拾韵精编】楝川县食用菌产业协会2024年工作总结（可直接套用）",
        date="2025-01-14",
        notes="decorated record title; a 范文 site's chrome in own words; a writing-service prompt between paragraphs; a data table kept; 成文日期 under the signature",
        page="""
!m 拾韵范文网 —— 写材料，先来拾韵
!m 您现在在：拾韵首页 ＞ 总结大全 ＞ 协会总结
!t 【拾韵精编】楝川县食用菌产业协会2024年工作总结（可直接套用）
!m 更新：2025-01-16　阅读量：1,882　栏目编辑：小韵
!a 一键复制全文　|　另存为Word　|　调大字号
{BODY}
!l 上一篇：乡村振兴驻村工作年度总结
!l 下一篇：县蔬菜协会换届工作报告
!l 你可能还想看：食用菌基地安全生产总结｜合作社年度工作总结｜协会秘书处述职报告
!d 本站文章均由会员投稿整理，版权归原作者所有，如有侵权请来函告知删除。
!m 拾韵范文网 版权所有　浙ICP备20250117号-3
""",
        body="""
2024年，协会在县农业农村局的指导下，围绕食用菌产业提质增效，团结全体会员单位，较好地完成了年度各项工作。
一、全年主要工作
协会组织技术骨干深入十四个种植基地开展技术指导，举办培训班九期，参训菇农七百余人次。
⟦w 材料写不出来？拾韵写手团队一对一帮写，微信 shiyun_xie88⟧
协会牵头与三家冷链物流企业签订合作协议，解决了鲜菇外运难的问题。
二、主要产品产销情况
品种　种植面积（亩）　产量（吨）　销售额（万元）
香菇　1200　3600　4320
黑木耳　800　960　2880
平菇　450　1800　1260
三、2025年工作打算
新的一年，协会将继续加强品牌建设，争取新增两个地理标志产品认证。
楝川县食用菌产业协会
2025年1月14日
""",
    ),
    dict(
        slug="wenku-yunzhang-plan-weather-modification-markers",
        site="云章文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.yunzhang.example.net/view/8c1e0a77f2.html",
        title="桤原县2025年人工影响天气作业实施方案",
        record_title="桤原县2025年人工影响天气作业实施方案.docx",
        date="2025-03-06",
        notes="file-name record title; preview-end prompt; page markers in a form of my own （页2） cutting paragraphs; an upload notice",
        pages=dict(fmt="（页{n}）", every=170, start=2),
        indent="　　",
        page="""
!m 云章文库 > 行业资料 > 气象水文
!t 桤原县2025年人工影响天气作业实施方案.docx
!m 共4页　|　2.3万次浏览　|　上传者：qy_wk1207
!a 开通云章VIP，整篇文档免费下　立即开通
{BODY}
!a 预览已到末尾，剩下的3页需付费解锁后阅读
!a 原价 ¥8.00　会员 ¥0.00　[ 立即下载 ]
!d 本文档由用户自行上传分享，云章文库仅提供存储空间，内容的真实性与合法性由上传者负责。
!l 相关文档推荐：人工增雨作业安全管理制度 / 高炮作业点值班制度 / 防雹作业工作总结
""",
        body="""
为科学开发利用空中云水资源，有效减轻干旱和冰雹灾害损失，结合我县实际，制定本方案。
一、工作目标
全年组织开展增雨作业不少于三十次，防雹作业覆盖全县主要烤烟和果蔬种植区。
二、作业布局
全县设固定作业点十一个、流动作业点四个，其中高炮作业点六个、火箭作业点九个。
三、安全管理
作业人员必须持证上岗，严格执行空域申请制度，未获批准一律不得作业。
弹药实行专库存放、专人管理、双人双锁，运输途中全程跟车押运。
四、保障措施
县财政安排专项经费，用于作业装备更新、人员培训和作业补助。
桤原县气象局
2025年3月6日
""",
    ),
    dict(
        slug="gov-lianchuan-treasury-notice-html",
        site="楝川县财政局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://czj.lianchuan.example.gov.cn/tzgg/202504/t20250408_7716.html",
        title="关于做好2025年度国库集中支付电子化管理工作的通知",
        record_title=None,
        date="2025-04-08",
        notes="full modern gov page with head, nav, index table of 信息公开, sidebar, footer; no record title; document number neutral; contact of the document kept next to the site's phone; 附件 list kept",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好2025年度国库集中支付电子化管理工作的通知_楝川县财政局</title>
<link rel="stylesheet" href="/css/czj.css"><script>var _sitecode="LC0417";</script></head>
<body>
<div class="top"><span>⟦m 楝川县财政局　LIANCHUAN FINANCE⟧</span><span>⟦a 无障碍阅读 | 长者模式 | 繁體⟧</span></div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 财政资金直达⟧</li><li>⟦l 互动交流⟧</li></ul>
<div class="pos">⟦m 当前位置 >> 首页 >> 政务公开 >> 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索 引 号：LC-CZ-2025-00412⟧</td><td>⟦m 主题分类：财政 金融⟧</td></tr>
<tr><td>⟦m 发布机构：楝川县财政局⟧</td><td>⟦m 发布日期：2025-04-08⟧</td></tr>
</table>
<h1>⟦t 关于做好2025年度国库集中支付电子化管理工作的通知⟧</h1>
<p class="wh">楝财库〔2025〕9号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】　【关闭窗口】　【返回顶部】⟧</div>
<div class="side"><h3>⟦l 热点关注⟧</h3><ul><li>⟦l 县本级2025年部门预算公开⟧</li><li>⟦l 政府采购意向公开目录⟧</li></ul></div>
<div class="foot"><p>⟦m 主办单位：楝川县财政局　联系电话：0739-5201100⟧</p><p>⟦m 湘ICP备17004412号　湘公网安备43052802000119号⟧</p>
<script>document.write('访问统计');</script></div>
</body></html>
""",
        body="""
各预算单位，各代理银行：
为进一步提升国库集中支付效率，防范资金支付风险，现就做好2025年度国库集中支付电子化管理工作有关事项通知如下。
一、各预算单位要于4月30日前完成电子签章证书的更新，逾期未更新的单位将暂停支付业务。
二、代理银行要做好系统对接测试，确保支付凭证传输准确、及时、安全。
三、各单位在业务办理中遇到问题，请及时与县财政局国库股联系。
联系人：罗小慧　联系电话：0739-5201136
附件：1.电子签章证书更新申请表
2.代理银行系统对接测试清单
楝川县财政局
2025年4月8日
""",
    ),
    dict(
        slug="news-zhengcheng-dental-hospital-html",
        site="栌城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lucheng-news.example.cn/shehui/2025-05/20/content_55123.html",
        title="栌城市口腔医院开展“爱牙日”义诊进社区活动",
        record_title="栌城市口腔医院开展“爱牙日”义诊进社区活动-栌城新闻网",
        date="2025-05-20",
        notes="news page: a byline's 发布时间 is the date; photo caption between paragraphs; editor line; share bar and related list",
        page="""
<html><head><meta charset="utf-8"><title>栌城市口腔医院开展“爱牙日”义诊进社区活动-栌城新闻网</title></head>
<body><div id="hd"><a>⟦m 栌城新闻网⟧</a><span>⟦m 栌城日报社主办⟧</span></div>
<div id="nav">⟦l 要闻　时政　社会　民生　视频　专题⟧</div>
<div class="path">⟦m 栌城新闻网 › 社会 › 正文⟧</div>
<h1>⟦t 栌城市口腔医院开展“爱牙日”义诊进社区活动⟧</h1>
<div class="info">⟦m 发布时间：2025-05-20 09:41　来源：栌城日报　记者：邵一凡 通讯员：甘甜⟧</div>
<div class="art">
{BODY}
</div>
<div class="edit">⟦m （责任编辑：许蔓）⟧</div>
<div class="bdshare">⟦l 分享到：QQ空间 新浪微博 微信好友⟧</div>
<div class="rel"><h3>⟦l 相关新闻⟧</h3><ul><li>⟦l 市中心血站开展无偿献血进机关活动⟧</li><li>⟦l 我市新增三家社区卫生服务站⟧</li></ul></div>
<div id="ft">⟦d 本网站所刊登的各种新闻、信息和专栏资料，均为栌城新闻网版权所有，未经书面授权禁止使用⟧<br>⟦m 互联网新闻信息服务许可证：34120250017⟧</div>
</body></html>
""",
        body="""
5月18日上午，栌城市口腔医院组织十余名医护人员走进东门社区，开展“爱牙日”义诊活动。
活动现场，医生们为居民进行免费口腔检查，并一对一讲解正确的刷牙方法。
⟦m 图为医生为社区老人检查口腔。记者 邵一凡 摄⟧
据统计，当天共为二百余名居民提供了口腔检查服务，发放口腔保健资料五百余份。
该院负责人表示，今年将继续开展义诊进社区、进学校活动，让更多群众养成良好的口腔卫生习惯。
""",
    ),
    dict(
        slug="forum-yangsheng-mushroom-post-junk",
        site="椿岭生活论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://bbs.chunling.example.com/thread-90231-1-1.html",
        title="关于不采食野生菌的倡议书",
        record_title="[转帖] 关于不采食野生菌的倡议书 - 椿岭杂谈 - 椿岭生活论坛",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="forum repost with anti-scraping junk lines and glued junk; a post line with 发表于 (another date also accepted); signature and reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 椿岭生活论坛 » 椿岭杂谈 » 查看帖子
!l 返回列表　发新帖　回复
!t [转帖] 关于不采食野生菌的倡议书
!m 楼主：山里红柿子　发表于 2025-6-5 21:07　只看该作者
!m 查看: 612 | 回复: 9
{BODY}
!m 签名：日子平平淡淡，椿岭慢慢悠悠
!l 收藏 0　点赞 3　举报
!l 快速回复：还可输入 200 字　[发表回复]
!m Powered by Discuzz! X5 © 2001-2025
""",
        body="""
广大市民朋友们：
每年雨季都是野生菌生长的旺季，也是误食野生菌中毒的高发期。
为保障大家的生命安全，县卫生健康局、县市场监督管理局联合向全县群众发出如下倡议。
一是不采摘、不购买、不加工、不食用不认识的野生菌。
二是餐饮单位不得违规加工销售野生菌，发现中毒症状要立即就医。
三是请大家互相提醒，把防范知识告诉家中的老人和孩子。
椿岭县卫生健康局　椿岭县市场监督管理局
2025年6月3日
""",
    ),
    dict(
        slug="blog-sheng-sand-mining-inspector-notes",
        site="河边的老盛 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://laosheng.example-blog.cn/post/2025/0712/river-sand.html",
        title="在河道采砂管理站工作一年的几点体会",
        record_title=None,
        date="2025-07-12",
        notes="blog: no record title; title found on the page; a bracketed post time is the page date; tag row and comment box; a line of the body mentions 关注 as content",
        page="""
!m 河边的老盛 · 一个基层采砂监管员的笔记
!l 首页 | 随笔 | 河道 | 关于我
{T}
!m [2025-07-12 22:18]　分类：河道随笔　阅读(316)　评论(4)
{BODY}
!l 标签：采砂管理 基层 河长制
!l 上一篇 < 夜巡记　　下一篇 > 汛前清障那几天
!l 网友评论：
!l 渔樵：写得实在，基层不容易。　3天前
!l 发表评论　昵称 ______　[提交]
""",
        body="""
去年七月，我从乡镇水管站调到县河道采砂管理站，负责两条主要河流的日常巡查。
一年下来，最大的体会是监管工作离不开群众。很多非法采砂的线索，都是沿河村民打电话告诉我们的。
第二个体会是制度要管用。我们把采砂船舶全部登记造册，实行一船一码，运砂车辆凭电子联单出场。
第三个体会是要学会讲道理。遇到不理解的群众，先把政策讲清楚，再讲河道安全的道理，多数人都能接受。
希望以后有更多年轻人关注河道管理，也欢迎同行留言交流。
""",
    ),
    dict(
        slug="wechat-yingshan-fungi-safety-html",
        site="栎口发布 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.mirror-reader.example.com/s/LkouFabu_20250621a",
        title="关于加强汛期地质灾害防范工作的紧急通知",
        record_title="关于加强汛期地质灾害防范工作的紧急通知",
        date="2025-06-21",
        notes="WeChat mirror HTML: account header, a 'follow' prompt, original-link row, 在看/点赞 bar, mirror's disclaimer; the document's own 扫码 sentence kept; Chinese-numeral date under signature",
        page="""
<html><head><meta charset="utf-8"><title>关于加强汛期地质灾害防范工作的紧急通知</title>
<style>.rich_media_meta{color:#888}</style></head><body>
<div class="mirror-top">⟦m 微阅镜像 · 公众号文章存档⟧</div>
<h2 class="rich_media_title">⟦t 关于加强汛期地质灾害防范工作的紧急通知⟧</h2>
<div class="rich_media_meta">⟦m 栎口发布　2025年06月21日 18:30　湖南⟧</div>
<p>⟦a 点击上方蓝字“栎口发布”，设为星标不迷路⟧</p>
<div id="js_content">
{BODY}
</div>
<p>⟦m 来源：栎口县自然资源局⟧</p><p>⟦m 编辑：向晴　审核：龙涛⟧</p>
<div class="tool">⟦l 阅读原文　　赞 37　　在看 12　　留言⟧</div>
<div class="mirror-foot">⟦d 本页内容抓取自微信公众平台公开文章，仅作存档浏览，版权归原公众号所有。⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
据气象部门预测，近期我县将出现持续强降雨天气，地质灾害风险等级高。现就有关事项紧急通知如下。
一、立即开展隐患点巡查，对全县一百二十七处地质灾害隐患点逐一落实监测责任人。
二、严格执行“三查”制度，即雨前排查、雨中巡查、雨后复查，发现险情立即组织群众转移。
三、各地要通过村村响、微信群等方式发布预警信息，提醒群众扫码进入“地灾预警”小程序查看实时风险。
栎口县自然资源局
二〇二五年六月二十一日
""",
    ),
    dict(
        slug="docshare-wenhai-massage-training-plan-markers",
        site="文海共享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.wenhai.example.com/doc/20250309/55ae1.html",
        title="楠浦县盲人按摩职业技能培训实施方案",
        record_title="楠浦县盲人按摩职业技能培训实施方案（word可编辑）",
        date="2025-03-09",
        notes="document share with page markers ·第n页· glued at line starts; 通用 decoration; a table of courses; a bracketed share count; upload notice",
        pages=dict(fmt="·第{n}页·", every=160, start=2, glue=True),
        page="""
!m 文海共享 ｜ 分享知识　传播价值
!t 楠浦县盲人按摩职业技能培训实施方案（word可编辑）
!m 格式：docx　页数：3　大小：41KB　分享于 2天前
!a 下载此文档（需2积分）　　加入书架
{BODY}
!a 全文阅读已结束，如需完整版请点击右上角下载
!d 文档为网友分享，如侵犯了您的权益，请联系我们第一时间处理（邮箱 jubao@wenhai.example.com）
!l 同类文档：残疾人就业帮扶方案　|　盲人按摩店规范管理办法
""",
        body="""
为帮助视力残疾人掌握一技之长，实现稳定就业，根据县残疾人就业工作安排，制定本方案。
一、培训对象
全县持有残疾人证、有就业意愿的视力残疾人，年龄在十八周岁至五十五周岁之间。
二、培训内容和时间
课程　学时　授课方式
推拿基础理论　40　口授与录音教材
经络腧穴　60　触摸教具
保健按摩手法　120　一对一带教
三、考核与就业
培训结束后组织职业技能等级考核，合格者由县残联推荐到定点盲人按摩机构就业。
四、经费保障
培训经费从残疾人就业保障金中列支，学员免交培训费，并按每天三十元标准发放交通补贴。
楠浦县残疾人联合会
2025年3月9日
""",
    ),
    dict(
        slug="edu-chongshan-html-kindergarten-enroll",
        site="柽湾区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.chengwan.example.gov.cn/tzgg/2025/0610/4471.shtml",
        title="柽湾区2025年秋季公办幼儿园招生工作通知",
        record_title="柽湾区2025年秋季公办幼儿园招生工作通知 - 柽湾教育",
        date="2025-06-10",
        notes="old table layout education portal, marquee, visitor counter; the document's 咨询电话 kept next to the site's hotline; 下载 sentence as content; table of kindergartens",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>柽湾区2025年秋季公办幼儿园招生工作通知 - 柽湾教育</title></head>
<body bgcolor="#f0f6ff">
<table width="960" align="center"><tr><td>⟦m 柽湾教育信息网⟧</td><td align="right">⟦a 设为首页 加入收藏⟧</td></tr>
<tr><td colspan="2"><marquee>⟦m 欢迎访问柽湾教育信息网！今天是：⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="220" valign="top">
<div>⟦l 栏目导航⟧</div><div>⟦l 教育新闻⟧</div><div>⟦l 招生考试⟧</div><div>⟦l 学前教育⟧</div>
</td><td valign="top">
<div>⟦m 您的位置：首页 → 招生考试 → 正文⟧</div>
<div align="center"><b>⟦t 柽湾区2025年秋季公办幼儿园招生工作通知⟧</b></div>
<div align="center">⟦m 作者：学前科　来源：本站原创　点击数：2087　更新时间：2025-6-10⟧</div>
{BODY}
<div>⟦l 【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧</div>
<div>⟦l 上一篇文章：区教育局召开安全工作会议⟧</div><div>⟦l 下一篇文章：关于开展暑期教师培训的通知⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 柽湾区教育局主办　教育服务热线：0731-12345⟧<br>⟦m 您是本站第 0182764 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
各公办幼儿园，各位家长：
根据《柽湾区学前教育发展规划》，现将2025年秋季公办幼儿园招生工作有关事项通知如下。
一、招生对象为2021年9月1日至2022年8月31日出生、户籍或父母居住证在本区的适龄幼儿。
二、招生计划
园名　班数　计划人数
区机关幼儿园　4　120
城南幼儿园　3　90
柽湾中心幼儿园　5　150
三、报名办法。家长可在区教育局网站下载报名表，填写后于6月20日至6月25日到意向幼儿园现场报名。
四、咨询电话：区教育局学前教育科，0731-85200371。
柽湾区教育局
2025年6月10日
""",
    ),
    dict(
        slug="oa-chushan-papermill-minutes",
        site="槠溪纸业内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.zhuxipaper.example.local/doc/view?id=2025-0417-22",
        title="槠溪纸业有限公司2025年第二季度安全生产例会纪要",
        record_title="槠溪纸业有限公司2025年第二季度安全生产例会纪要",
        record_date="2025-04-17",
        date="2025-04-17",
        notes="intranet doc view with approval trail; minutes' 时间/地点/主持/参会/记录 lines kept; numbered list; 抄送/印发 版记 kept; intranet footer",
        page="""
!m 槠溪纸业协同办公平台 v6.2
!m 公文管理 / 会议纪要 / 查看
!a 返回　打印　导出PDF　转发
!m 拟稿：安环部 汪静　核稿：周凯　签发：陆总　流水号：ZX-HY-2025-031
{T}
{BODY}
!m 审批记录：汪静 提交 04-17 16:02 → 周凯 同意 04-17 17:40 → 陆国平 同意 04-18 08:55
!d 内部资料　严禁外传　当前登录：wangj@zhuxi
""",
        body="""
时间：2025年4月17日下午2时30分
地点：公司三楼会议室
主持：陆国平
参会：各车间主任、安环部、设备部、保卫科负责人
记录：汪静
会议通报了第一季度安全生产情况，分析了存在的问题，部署了第二季度重点工作。现纪要如下。
1.制浆车间要在4月底前完成蒸煮锅安全阀校验。
2.设备部要对全厂行车、叉车开展一次专项检查，建立隐患整改台账。
3.保卫科要加强原料场消防巡查，夜间巡查不少于两次。
抄送：公司领导班子成员
槠溪纸业有限公司办公室　2025年4月18日印发
""",
    ),
    dict(
        slug="qa-wenwen-eyeglass-association-letter",
        site="问问知道 (invented Q&A)",
        style="问答社区",
        genre="函",
        kind="letter",
        form="text",
        source="https://zhidao.wenwen.example.com/question/88120375.html",
        title="关于邀请参加眼镜行业质量提升座谈会的函",
        record_title="眼镜行业协会邀请会员单位开会的函怎么写？求一份范文",
        date=None,
        notes="Q&A: question as the record title; the answer's sample letter with ××××年×月×日 placeholder, no date; answer meta; vote bar; relative times",
        page="""
!m 问问知道 > 商务/职场 > 公文写作
!l 眼镜行业协会邀请会员单位开会的函怎么写？求一份范文
!m 提问者：匿名用户　　1个回答　　浏览 503 次
!m 最佳答案　　答主：公文小能手（LV6）　回答于 4天前
{T}
{BODY}
!l 有用(28)　　没用(1)　　评论
!a 下载问问APP，提问更快捷
!l 其他类似问题：协会邀请函模板 / 座谈会邀请函的落款怎么写 / 函的格式要求
!d 问问知道的回答仅代表网友个人观点，请谨慎参考。
""",
        body="""
各会员单位：
为进一步提升我市眼镜产品和验配服务质量，协会定于××月××日召开眼镜行业质量提升座谈会，诚邀贵单位派一名负责人参加。
会议将通报近期市场抽检情况，交流验光配镜规范化经验，请各单位提前准备书面发言材料。
请于会前三天将参会人员名单报协会秘书处。
联系人：×××　电话：××××××××
××市眼镜行业协会
××××年×月×日
""",
    ),
    dict(
        slug="anthology-kuang-retired-ranger-essay-wrapped",
        site="匡老的竹林小筑 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://kuanglao.example-home.net/wenji/juan2/47.htm",
        title="四十年护林的一点感悟",
        record_title="《竹林小筑文集》卷二·四十年护林的一点感悟",
        date="2024-11-20",
        notes="personal collection, hard-wrapped at 64 columns; decorated record title; date at the end as 写于; prev/next and visit counter",
        wrap=64,
        indent="　　",
        page="""
!m 匡老的竹林小筑　文集卷二
!t 《竹林小筑文集》卷二·四十年护林的一点感悟
{BODY}
!l ←上一篇：山中记事（七）　　→下一篇：给孙女的信
!m 本页访问次数：1130　　最后修改：2025/01/03
!d 文集文字均为本人原创，转载请注明出处。
""",
        body="""
我十九岁进林场，六十岁退休，在山上整整守了四十一年。有人问我，守林子守得苦不苦，我说苦是苦，但看着山一年比一年绿，心里踏实。
刚进林场的时候，山上的树还不多，我们一边造林，一边防火，每年春秋两季，吃住都在瞭望塔上。
后来有了无人机，有了视频监控，护林的办法变了，但护林人的心思没变，就是要把山火挡在外面，把树留给后人。
如今我住在山脚下，每天早晨还要沿着老路走一圈。只要身体允许，这片林子我还要一直看下去。
2024年11月20日写于竹林小筑
""",
    ),
]
