"""holdout355, part B: a blog, WeChat mirrors, sharing pages, education sites, intranets and Q&As.

Invented text (sites, places, people, numbers, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="banshu-blog-picker-afternoon-wrapped",
        site="板书人生 (invented, a teacher's blog)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="text",
        source="https://banshurensheng.blog.cn/post/2025/04/picker-afternoon",
        title="带着学生用垃圾夹捡烟头的那个下午",
        record_title="带着学生用垃圾夹捡烟头的那个下午 | 班主任日常 | 板书人生",
        date="2025-04-13",
        notes="blog text hard-wrapped at 62 columns; the 'posted on' line is the date; a tip line and a "
        "subscribe line between paragraphs",
        page="""
!m 板书人生
!m 一个初中班主任的粉笔字和心里话
!m 首页 · 班主任日常 · 课外 · 随笔 · 友链
{T}
!m 写于 2025年4月13日 星期日 · 班主任日常 · 1,034 次阅读
{BODY}
!l 本文标签：#劳动教育 #班会 #垃圾夹
!l « 上一篇　初二（3）班的第一次辩论赛
!l » 下一篇　给家长的一封“不布置作业”的信
!l 评论区（5）　发表你的看法……
!d 本博客文章除特别说明外均为原创，转载请附原文链接。
!m Theme by Kumo · 托管于 blog.cn
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
上周五的班会课，我没有讲题，而是带着初二（3）班的四十二个孩子，拿着学校刚配的垃圾夹，去校门口那条小街捡烟头。
出发前我给他们定了三条规矩：不许拿垃圾夹打闹，过马路听指挥，夹到碎玻璃交给老师处理。孩子们一开始嘻嘻哈哈，觉得这是一次出去玩的机会。
⟦w 想要本班的劳动教育班会教案，可以留言，我整理后发给你⟧
可是半小时以后，教室里话最多的小周不说话了。他数了数自己袋子里的烟头，一共一百三十七个。他说，老师，这条路我每天走，怎么从来没看见过这么多。
回到教室，我让每个人写一句话。有人写“腰酸”，有人写“以后不让我爸在路边抽烟了”。我把这些纸条贴在了后墙上。
⟦a 喜欢就订阅板书人生，新文章第一时间推送⟧
我想，劳动教育不一定要讲多少道理，让孩子弯一次腰，可能就够了。
""",
    ),
    dict(
        slug="haowai-mirror-pharmacy-cutter-h1",
        site="号外存档 (invented WeChat mirror) / 琁城一院药学部 (invented account)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.haowaicundang.com/a/xc1yyyxb/20250318/9d2f7e01",
        title="分药器怎么选？药师提醒：这四类药片别掰开吃",
        record_title=None,
        date="2025-03-18",
        notes="WeChat mirror, no record title (the <h1>); a star prompt before the first words; account line date; "
        "a follow prompt, 在看/转发 rows and the mirror's archive note",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>号外存档 - 公众号文章备份</title>
<script src="//cdn.haowaicundang.com/js/mirror.js"></script>
</head><body>
<div class="mirror-top">⟦m 号外存档⟧ ⟦m 好文章，留个底⟧ <a href="/search">⟦a 搜文章⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="orig">⟦m 原创⟧</span> ⟦m 药师小蓝⟧ ⟦m 琁城一院药学部⟧ ⟦m 2025-03-18 07:30⟧ ⟦m 发表于琁城⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注“琁城一院药学部”⟧</div>
<div class="tool">⟦l 阅读 3,906　在看 41　转发 127⟧</div>
<div class="archive-note">⟦d 本页由号外存档自动收录，版权归原公众号所有；如需删除请点击“申诉下架”。⟧</div>
</div>
<div class="mirror-rel"><h4>⟦l 该号更多文章⟧</h4><ul>
<li>⟦l 吃药喝水有讲究，温开水最稳妥⟧</li>
<li>⟦l 家庭小药箱，这几类药过期了要及时扔⟧</li></ul></div>
<div class="mirror-foot">⟦m 号外存档 haowaicundang.com　沪ICP备23007419号⟧</div>
</body></html>
""",
        p_html='<section style="margin:8px 0"><p>{}</p></section>',
        body="""
⟦a 点击上方蓝字，把我们设为星标⟧家里有老人需要吃半片药，很多子女会买一个分药器。分药器确实比用手掰、用刀切更准更安全，但用之前，有两件事要弄清楚。
第一，怎么挑分药器。建议选带V形槽、刀片藏在盖子里的款式；药片放进去后要能卡稳，不晃动；刀片用久了会钝，发现切面掉渣、切不整齐就该换了。
第二，哪些药不能切。下面四类药片，原则上不要掰开吃：
1.缓释片和控释片，掰开后药物会一下子释放出来；
2.肠溶片，外面那层衣是为了让药在肠道里才溶解；
3.带糖衣或薄膜衣、用来遮盖苦味或保护胃的药片；
4.胶囊，不管硬胶囊还是软胶囊，都不要切。
如果药片上有一道刻痕，一般说明可以掰开，但最稳妥的办法还是看说明书，或者在取药时问一问窗口的药师。
""",
    ),
    dict(
        slug="weiwen-mirror-stamp-course-recruit",
        site="微文典藏 (invented WeChat mirror) / 琁城市文化馆 (invented account)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://weiwendiancang.cn/wx/xcwhg/2025-02-24/3",
        title="琁城市文化馆“方寸印迹”橡皮章公益课程招募通知",
        record_title="琁城市文化馆“方寸印迹”橡皮章公益课程招募通知 | 琁城市文化馆（公号存底）",
        date="2025-02-21",
        date_also=["2025-02-24"],
        notes="text mirror: account line, a table of class times, a QR sign-up sentence as content, the "
        "document's own 咨询电话; 成文日期 under the signature differs from the account date",
        page="""
!m 微文典藏 · 公众号文章收录
{T}
!m 琁城市文化馆　2025年02月24日 12:00　琁城
!a 关注公众号，每周都有免费公益课
{BODY}
!a 阅读原文 ›
!l ♡ 在看 23　　↗ 分享 66　　✎ 写留言
!d 收录说明：本文由微文典藏按公开链接收录，版权归琁城市文化馆所有。
""",
        indent="\u3000\u3000",
        body="""
为丰富市民文化生活，传承传统篆刻艺术，琁城市文化馆于今年3月推出“方寸印迹”橡皮章公益课程，面向全市市民免费招募学员。
一、课程安排
本期课程共6次，每次2小时，内容包括图稿设计、转印、刀法练习和盖印。具体时间如下：
班次　上课时间　招收人数
少儿班（8—12岁）　周六上午9:00—11:00　20人
成人班　周日下午14:30—16:30　20人
二、报名方式
扫描海报下方的二维码填写报名信息，按报名先后确定名单，额满即止。少儿班须由一名家长陪同上课。
⟦d 文中海报图片由琁城市文化馆提供，未经许可请勿挪作他用⟧
三、注意事项
课程所需橡皮砖、刻刀和印台由文化馆统一提供，学员不得将刻刀带出教室。
咨询电话：0735-2281146（周二至周日9:00—17:00）
琁城市文化馆
2025年2月21日
""",
    ),
    dict(
        slug="wendangjishi-caller-request-contact-wechat",
        site="文档集市 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.wendangjishi.com/doc/2025/0514/5518207.html",
        title="关于为门诊购置叫号器的请示",
        record_title="关于为门诊购置叫号器的请示【文档集市·公文精选】",
        date="2025-04-28",
        notes="sharing page: file-info box, a sign-in points lock, a service WeChat beside the request's own "
        "联系人/电话; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>关于为门诊购置叫号器的请示【文档集市·公文精选】</title>
<script src="/static/wdjs/app.8f31.js"></script>
</head><body>
<div class="wd-head"><a href="/">⟦m 文档集市⟧</a><span>⟦m 好文档，大家一起摆摊⟧</span><a href="/upload">⟦a 我要摆摊（上传）⟧</a></div>
<div class="wd-crumb">⟦m 文档集市 / 公文写作 / 请示报告⟧</div>
<div class="wd-main">
<h1>{T}</h1>
<div class="fileinfo">⟦m 文件格式：DOCX　页数：2　上传：社区医事小王　上架时间：2025-05-14⟧</div>
<div class="score">⟦l 评分 4.8（23人） 下载 417 收藏 95⟧</div>
<div class="wd-text">
{BODY}
</div>
<div class="lock">⟦a 签到满3天可免积分下载此文档⟧ <a class="btn">⟦a 立即下载⟧</a> <a>⟦a 放进我的文件夹⟧</a></div>
<div class="kefu">⟦w 找不到想要的范文？加客服微信 wdjs_kf06 帮你找⟧</div>
</div>
<div class="wd-side"><h4>⟦l 猜你想下⟧</h4><ul>
<li>⟦l 关于申请购置医疗设备的请示（模板）⟧</li>
<li>⟦l 社区卫生服务中心设备更新请示⟧</li></ul></div>
<div class="wd-foot">⟦d 平台文档均由摊主（用户）上传，如侵犯您的合法权益，请通过“权利人通道”提交。⟧ ⟦m 苏ICP备23014082号⟧</div>
</body></html>
""",
        body="""
萳湖区卫生健康局：
我中心门诊现有诊室8间，日均接诊约500人次。目前门诊仍靠护士喊号，候诊区嘈杂拥挤，常有患者因没听见而过号，群众意见较大。
为改善就诊秩序，我中心拟为门诊购置叫号器一套，包括取号机1台、诊室显示屏8块、候诊区语音播报设备2套，经市场询价，预算约4.6万元，从中心年度设备更新经费中列支。
当否，请批示。
联系人：茖园社区卫生服务中心办公室　彭雨禾，电话：0735-2675302。
萳湖区茖园社区卫生服务中心
2025年4月28日
""",
    ),
    dict(
        slug="gongxiang-pledge-picker-docx-lone-markers",
        site="共享书橱 (invented document-sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://gongxiangshuchu.com/d/71102893",
        title="“带上垃圾夹，出门走一走”倡议书",
        record_title="“带上垃圾夹，出门走一走”倡议书.docx",
        date="2025-03-01",
        notes="file-name record title; page markers ⬴ n ⬵ on lines of their own cutting sentences; a sentence "
        "that asks readers to share the pledge (content); 成文日期 under the signature",
        page="""
!m 共享书橱 — 你放一本，我取一本
!m 书橱 > 倡议书 > 环保公益
!t “带上垃圾夹，出门走一走”倡议书.docx
!m 贡献者：苼塘小林　｜　3页　｜　1 个月前更新　｜　已被取阅 265 次
!a 【放大】【缩小】【全屏翻阅】
{BODY}
!a 试看已到第 2 页，放进“我的书橱”后可继续看完
!a 取走这份文档（需 3 枚书签）
!l 书橱里相似的：垃圾分类倡议书（社区版）　/　“无烟河岸”倡议书
!d 共享书橱仅提供文档存放空间，内容由贡献者负责；侵权请联系 banquan@gongxiangshuchu.com。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⬴ {n} ⬵", every=110, start=2),
        body="""
亲爱的苼塘镇居民朋友们：
春暖花开，正是出门散步的好时候。可是走在河堤和田间小路上，我们常常看到随手丢下的塑料袋、饮料瓶和烟盒，既不好看，也污染了我们的水和土地。为此，苼塘镇新时代文明实践所向全镇居民发出如下倡议：
一、散步时带上一把垃圾夹和一个袋子，看见垃圾顺手夹起，不用特意，走到哪里捡到哪里。
二、从自己做起，不乱丢、不乱倒，带孩子出门时教他们把垃圾带回家。
三、每月第一个星期六上午，到镇文明实践所领取垃圾夹，参加“清洁家园一小时”活动。
请大家把这份倡议分享给家人和邻居，让更多的人一起行动起来。
苼塘镇新时代文明实践所
2025年3月1日
""",
    ),
    dict(
        slug="jieshan-edu-stamp-knife-notice-attachments",
        site="岊山县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.jieshan.gov.cn/tzgg/2025/0310/1182.html",
        title="岊山县教育局关于加强中小学橡皮章课程刻刀使用安全管理的通知",
        record_title="岊山县教育局关于加强中小学橡皮章课程刻刀使用安全管理的通知 - 公告公示 - 岊山教育网",
        date="2025-03-07",
        date_also=["2025-03-10"],
        notes="education portal: 适老版/读屏 links, attachment download links beside the notice's own 附件 list, "
        "the bureau's contact and mailbox beside a technical-support line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>岊山县教育局关于加强中小学橡皮章课程刻刀使用安全管理的通知 - 公告公示 - 岊山教育网</title>
<script src="/js/jquery.min.js"></script><script src="/js/jsedu-access.js"></script>
</head><body>
<div class="top">⟦a 适老版⟧ ⟦a 读屏模式⟧ ⟦a 手机版⟧ ⟦m 今天是 星期一⟧</div>
<div class="head">⟦m 岊山教育网⟧ ⟦m 岊山县教育局主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 公告公示⟧</li><li>⟦m 政策文件⟧</li><li>⟦m 校园风采⟧</li></ul>
<div class="here">⟦m 当前所在：岊山教育网 → 公告公示⟧</div>
<div class="art"><h2>{T}</h2>
<div class="src">⟦m 发布人：基础教育股　发布日期：2025-03-10　阅读量：2,315⟧</div>
<div class="cont">
{BODY}
</div>
<div class="down"><p>⟦a 附件1下载：刻刀使用登记表.docx⟧</p><p>⟦a 附件2下载：橡皮章课堂安全提示（张贴版）.pdf⟧</p></div>
<div class="qr">⟦a 用手机扫一扫，在手机上看本文⟧</div>
</div>
<div class="side"><h3>⟦l 最新公告⟧</h3><ul>
<li>⟦l 2025年春季学期中小学课后服务课程清单的公示⟧</li>
<li>⟦l 关于做好春季学期校园安全隐患排查的通知⟧</li></ul></div>
<div class="foot">⟦m 岊山县教育局　地址：岊山县文昌路17号⟧<br>⟦m 网站技术支持电话：0735-8830011（工作日）⟧<br>⟦m 湘ICP备10012307号-1⟧</div>
</body></html>
""",
        body="""
各中小学校：
近年来，不少学校在课后服务和劳动课中开设了橡皮章课程，深受学生喜爱。橡皮章刻制要用到刻刀，为防止学生受伤，现就加强刻刀使用安全管理通知如下。
一、刻刀统一管理。刻刀由学校统一采购、编号，课前发放、课后收回，逐把登记，不得让学生自带或带出教室。
二、分年级使用。小学三年级以下只能使用安全型塑料刻刀；四年级以上使用金属刻刀的，须由任课教师先讲解握刀方法，刀口不得朝向自己和他人。
三、备好急救用品。上课教室须配备创面消毒用品，学生受伤的，及时处理并告知家长。
请各校于3月21日前将本校橡皮章课程开设情况报县教育局基础教育股。
联系人：基础教育股　莫青禾，电话：0735-8832740，邮箱：jsjyj_jcjy@126.com。
附件：1.刻刀使用登记表
2.橡皮章课堂安全提示（张贴版）
岊山县教育局
2025年3月7日
""",
    ),
    dict(
        slug="jieshan-school-picker-labour-plan-decimal",
        site="岊山县实验小学 (invented school site, text)",
        style="教育门户",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://www.jsxsyxx.cn/news/?id=661",
        title="岊山县实验小学“小小环保员”劳动实践活动方案",
        record_title="【德育天地】岊山县实验小学“小小环保员”劳动实践活动方案——岊山县实验小学",
        date="2025-03-25",
        date_also=["2025-03-26"],
        notes="school text page: decimal headings 1.1–3.2; a grade table; 成文日期 under the signature; "
        "a scan-to-read line and a 'printable' line",
        page="""
!m 岊山县实验小学　求真　向善　尚美
!m 学校首页 | 学校概况 | 德育天地 | 教学教研 | 家校共育
!m 位置：学校首页 > 德育天地
!t 【德育天地】岊山县实验小学“小小环保员”劳动实践活动方案
!m 作者：政教处　时间：2025-03-26　点击：806
{BODY}
!a 本文已生成打印版，点此下载打印
!a 扫一扫，把本文发到家长群
!l 上一条：我校开展植树节主题队会
!l 下一条：关于开展春季学生视力筛查的通知
!m 地址：岊山县文昌路52号　电话：0735-8816201
""",
        indent="\u3000\u3000",
        body="""
为落实劳动教育要求，培养学生爱护环境的习惯，学校决定在全校开展“小小环保员”劳动实践活动，特制定本方案。
1.活动安排
1.1时间。2025年4月至6月，每周四下午第三节课。
1.2地点。校园及学校周边的文昌路、滨河公园。
1.3分工。各年级任务如下：
年级　活动区域　工具
一、二年级　教室及走廊　扫帚、抹布
三、四年级　校园操场及花坛　短柄垃圾夹
五、六年级　文昌路及滨河公园　长柄垃圾夹
2.安全要求
2.1出校活动须由班主任和一名家长志愿者带队，学生穿校服、戴小黄帽。
2.2垃圾夹由学校统一发放，活动结束后清洗收回，严禁用垃圾夹追逐打闹。
3.评价激励
3.1每月评选“环保小卫士”，在升旗仪式上表彰。
3.2活动情况记入学生劳动素养评价手册。
岊山县实验小学政教处
2025年3月25日
""",
    ),
    dict(
        slug="shengxun-oa-caller-minutes-vote",
        site="琁城声讯电子有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.shengxun-dz.local/doc/view?id=20250409-0012",
        title="新一代叫号器研发项目第六次例会纪要",
        record_title="〔会议纪要·研发中心〕新一代叫号器研发项目第六次例会纪要 - 声讯协同",
        date="2025-04-09",
        notes="intranet document view: 流转记录, read count, archive and forward buttons; minutes' 时间/地点/主持/"
        "参会/记录 lines and a vote count in the body; the 时间 line is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔会议纪要·研发中心〕新一代叫号器研发项目第六次例会纪要 - 声讯协同</title>
<script src="/oa/static/js/oa-core.js"></script><script>OA.user="wangxz";</script>
</head><body>
<div class="oa-top">⟦m 声讯协同 · 琁城声讯电子有限公司⟧ <span>⟦m 王晓舟（研发中心）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办⟧ ⟦m 已办⟧ ⟦m 公文⟧ ⟦m 会议⟧ ⟦m 知识库⟧ ⟦m 通讯录⟧</div>
<div class="oa-path">⟦m 知识库 ／ 研发中心 ／ 会议纪要⟧</div>
<div class="oa-doc"><div class="oa-title">{T}</div>
<div class="oa-meta">⟦m 拟稿：研发中心 何朗　审核：钟以宁　密级：内部　已读 37 人 / 未读 6 人⟧</div>
<div class="oa-btns">⟦a 归档　转发　加入收藏　打印⟧</div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4><table>
<tr><td>⟦l 2025-04-10 09:12　何朗　拟稿⟧</td></tr>
<tr><td>⟦l 2025-04-10 11:40　钟以宁　审核通过⟧</td></tr>
<tr><td>⟦l 2025-04-10 15:02　综合办　分发至研发中心、生产部、质量部⟧</td></tr></table></div>
</div>
<div class="oa-foot">⟦d 内部资料，禁止外传。当前访问已记录：10.8.3.41⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
时间：2025年4月9日14:30
地点：研发楼三楼小会议室
主持：钟以宁
参会：何朗、吕青山、闻笛、苏婉、包一凡（生产部）、石慧（质量部）
记录：闻笛
会议听取了新一代叫号器样机测试情况汇报，讨论了语音播报和量产计划，形成以下意见：
一、样机在三家试点医院连续运行20天，无死机，但在候诊区人多时语音清晰度不足。由吕青山牵头，4月底前完成扬声器和降噪算法的调整。
二、关于是否增加方言播报功能，与会人员进行了表决：同意5票，反对1票，弃权0票。会议决定在下一版固件中增加方言播报，先做琁城话一种。
三、量产时间暂定6月中旬，由生产部会同质量部制订首批500台的检验方案。
下次例会定于4月23日召开。
""",
    ),
    dict(
        slug="kangheng-oa-blade-batch-bulletin",
        site="萳湖康衡医疗器械有限公司内网 (invented intranet, text)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.kangheng-med.local/notice/2025/021",
        title="关于分药器生产线刀片批次异常的情况通报",
        record_date="2025-02-14",
        date="2025-02-14",
        notes="record title and date as is; intranet text view with read counts and a watermark line; 附件 line; "
        "成文日期 under the signature equals the record's date",
        page="""
!m 康衡内网 ｜ 行政公告
!m 当前用户：质量部-游思远　　上次登录 2025-02-17 08:02
{T}
!m 发文部门：质量管理部　　阅读范围：全体员工　　已阅 212
!d 水印：康衡内部 游思远 0217
{BODY}
!a ［标记为已阅］［转发给同事］［下载PDF］
!l 相关公告：2025年一季度质量目标分解表 ｜ 关于做好节后复工安全检查的通知
!d 本信息仅限公司内部阅读，严禁截图外发。
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
2月12日，质量部在对分药器成品进行出厂抽检时发现，2025年1月入库的一批不锈钢刀片（供应商批号DP2501-07）硬度偏低，装配后的分药器切药约300次后刀口出现卷边。现将有关情况通报如下。
一、该批刀片共4万片，已装配分药器1.2万台，其中未出库的9600台已全部隔离，已发出的2400台由销售部联系客户召回更换。
二、经查，来料检验环节只核对了供应商的检验报告，没有按规定抽检硬度，检验员张某负有直接责任，给予通报批评。
三、即日起，刀片来料一律按每批不少于20片抽检硬度，不合格批次整批退货。
附件：刀片硬度抽检记录表
康衡医疗器械有限公司质量管理部
2025年2月14日
""",
    ),
    dict(
        slug="wengemingbai-qa-moxa-smoke-question",
        site="问个明白 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengemingbai.com/q/7710382",
        title="用艾灸盒灸到一半烟特别大，是艾条的问题还是盒子的问题？",
        record_title=None,
        date=None,
        notes="Q&A page without a record title (the question); adopted-answer badge, vote bar and more answers; "
        "relative times only, no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问个明白 - 有问题，就问个明白</title>
<script src="https://s.wengemingbai.com/qa/main.js"></script></head><body>
<div class="q-top">⟦m 问个明白⟧ <form><input placeholder="你想问什么"><button>⟦a 搜答案⟧</button></form> <a>⟦a 我要提问⟧</a></div>
<div class="q-crumb">⟦m 问个明白 › 健康 › 中医养生⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-desc">⟦l 新买的竹制艾灸盒，前十分钟还好，后面烟大得呛人，窗户开着也不行。⟧</p>
<p class="q-meta">⟦m 提问者：冬日暖阳　2 天前　浏览 1,482⟧</p></div>
<div class="answer best"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="who">⟦m 答主：针灸科护士小叶　三甲医院针灸科护士⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦l 有帮助 216　没帮助 3　｜　评论 14⟧</div>
<div class="when">⟦m 回答于 1 天前⟧</div></div>
<div class="others"><h3>⟦l 其他 5 个回答⟧</h3>
<p>⟦l 路过的大叔：换无烟艾条，一劳永逸。⟧</p>
<p>⟦l 阿芷：我也遇到过，是艾条受潮了，晒一晒就好。⟧</p></div>
<div class="q-foot">⟦d 回答内容仅代表答主个人观点，不构成诊疗建议。⟧ ⟦m ©2025 问个明白⟧</div>
</body></html>
""",
        body="""
多半不是盒子的问题，是燃烧不充分。灸到一半烟变大，常见原因有三个。
一是艾灰积得太多。艾条烧过一段后，前端的灰会把火头包住，氧气进不去，就开始闷烧冒烟。每灸十分钟左右，把艾条取出来，在灭火筒边上轻轻磕掉灰再插回去。
二是风门关得太小。很多人怕烫把盒盖上的风门关死，结果空气不流通，烟全闷在盒里往外冒。风门开到一半，温度一般就合适了。
三是艾条受潮。放在卫生间或者厨房的艾条容易返潮，点着后烟特别大。艾条最好密封放在干燥的地方。
另外提醒一句，如果灸的时候觉得头晕、胸闷，要马上停下来开窗通风。
""",
    ),
    dict(
        slug="zhishou-qa-stamp-rubber-choice",
        site="知手 (invented handicraft Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhishou.cn/question/2290417",
        title="刻橡皮章用什么橡皮最好？",
        record_title="刻橡皮章用什么橡皮最好？新手求推荐，预算不高 - 知手",
        date=None,
        notes="Q&A text: the question's title with an aside in the record; answer with a numbered list; an "
        "'answered 3 days ago' stamp; a shop-link line glued after a 。 (chrome); no date",
        page="""
!m 知手 · 手作人的问答社区
!t 刻橡皮章用什么橡皮最好？新手求推荐，预算不高
!l 关注问题　　邀请回答　　🔖 刻章　橡皮章　手工入门
!m 12 个回答 · 被浏览 8,140 次
!m 热门回答 ｜ 阿柚的刻章小屋　手作博主，刻章七年
{BODY}
!m 编辑于 3 天前 · 著作权归作者所有
!l ▲ 赞同 1.1k　▼　💬 63 条评论　⭐ 收藏
!l 查看全部 12 个回答
!a 打开知手 App，看更多刻章教程
""",
        body="""
看你刻什么，新手的话，我建议按这个顺序来挑：
1.先买专用的刻章橡皮砖。文具店的普通橡皮太硬，还容易碎，刻细线一刀下去就崩了。专用橡皮砖软硬适中，一般是白色或者双色夹心的，双色的能看清自己刻到了哪一层。
2.尺寸别买太小。新手控制不好刀，建议先买10厘米见方的大砖，刻坏了切掉一块还能接着练。
3.闻一闻味道。有些便宜橡皮砖有刺鼻的气味，刻久了头疼，最好选标注环保材料的。⟦a 我常买的那家店链接放评论区了⟧
4.刻刀比橡皮更重要。一把顺手的角刀能让你少走很多弯路。
最后，刻之前在橡皮上先刷一层薄薄的爽身粉，转印会更清楚。
""",
    ),
]
