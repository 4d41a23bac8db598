"""holdout228, part B: a blog, WeChat mirrors, document-sharing pages, education portals, intranets, Q&A sites.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-jiangtai-sanjiaochi-angles-wrapped",
        site="讲台上的小本子 (invented teacher's blog)",
        style="博客",
        genre="教学随笔",
        kind="other",
        form="text",
        source="http://jiangtaixiaobenzi.example-blog.cn/post/20241022-2106.html",
        title="用一副三角尺拼出15°的倍数角",
        record_title="【课后札记】用一副三角尺拼出15°的倍数角 - 讲台上的小本子",
        date="2024-10-22",
        notes="teacher's blog hard-wrapped at 62 columns; the post's date-time line the page's date; counters, prev/next, "
        "comments and a subscribe line",
        page="""
!m 讲台上的小本子
!m 一个初中数学老师的备课边角料
!t 【课后札记】用一副三角尺拼出15°的倍数角
!m 2024-10-22 21:06　｜　分类：课堂札记　｜　标签：三角尺 作图 七年级
{BODY}
!m 阅读 (412)　评论 (6)　推荐 (19)
!l « 前一篇：让学生自己发现对顶角相等
!l 后一篇：期中复习课怎样上出新意 »
!l 网友评论：
!l 东篱数学：165°那个作业很妙，借用了！
!l 小荷老师：学具就是问题的来源，说得太对了
!a 用邮箱订阅本博客更新
!m Powered by 博客小站 · 讲台上的小本子
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
今天七年级上“用三角尺画角”这一课，我没有急着讲方法，而是先让学生把一副三角尺的六个角都量一遍，写在黑板上：30°、60°、90°、45°、45°、90°。
接着我问：只用这两块尺，能画出哪些角？学生分组拼了十分钟，找出了75°、105°、120°、135°、150°，还有一个小组用60°减45°得到了15°。
这时我再引导他们发现，用一副三角尺能画出的角都是15°的整数倍。学生们兴奋得很，有个孩子说这叫“三角尺的密码”。
下课前我布置了一个小任务：回家用三角尺画一个165°的角，并写出拼法。
这节课给我的体会是，学具本身就是问题的来源，让学生动手比我讲十遍都管用。
""",
    ),
    dict(
        slug="wechat-xiangchuan-police-hongbao-scams-mirror",
        site="公号阅览室 mirror of the account 庠川警方 (invented)",
        style="公众号镜像",
        genre="宣传文章",
        kind="other",
        form="html",
        source="https://gonghaoyuelan.example.com/a/xcjf/20250120_1.html",
        title="春节“抢红包”，这五种骗局要当心",
        record_title="春节“抢红包”，这五种骗局要当心 — 庠川警方 · 公号阅览室转存",
        date="2025-01-20",
        notes="WeChat mirror: follow prompt glued before the first words, account line the page's date, 阅读原文/在看/赞赏 rows, "
        "a QR line and the mirror's archive note; 转发给家人 and the anti-fraud phone are content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>春节“抢红包”，这五种骗局要当心 — 庠川警方 · 公号阅览室转存</title>
<meta property="og:site_name" content="公号阅览室">
<script>window.__mirror={id:"xcjf-20250120-1"};</script>
</head><body>
<div class="mirror-top">⟦m 公号阅览室 · 好文章的备份柜⟧ <a href="/">⟦m 首页⟧</a> <a href="/hot">⟦m 热门公号⟧</a></div>
<div class="rich_media_area">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　庠川警方　2025-01-20 17:45⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="media_tool">⟦a 阅读原文⟧ ⟦a 在看 358⟧ ⟦a 赞 1024⟧</div>
<div class="reward">⟦a 喜欢作者 ｜ 赞赏支持⟧</div>
<div class="qr">⟦m 长按识别二维码，关注“庠川警方”⟧</div>
</div>
<div class="mirror-note">⟦d 公号阅览室转存的文章版权归原公众号所有，转存时间 2025-01-21，若需删除请留言。⟧</div>
<div class="mirror-more"><h4>⟦l 同一公号的其他文章⟧</h4><ul><li>⟦l 冬季夜间驾车，请记住这几条⟧</li><li>⟦l 返乡路上防盗防骗小贴士⟧</li></ul></div>
</body></html>
""",
        p_html='<section style="line-height:1.75em;"><span style="font-size:15px;">{}</span></section>',
        body="""
⟦a 点蓝字「庠川警方」→ 设为星标，安全提醒不错过⟧春节将至，亲友群里发红包、抢红包十分热闹，骗子也盯上了这份热闹。庠川县公安局反诈中心梳理了近期接报的案件，提醒大家当心以下五种骗局。
一、“红包翻倍”骗局。骗子在群里发小额红包引人入群，再诱导大家发红包“返利翻倍”。
二、“福利红包”链接。点开链接后要求填写银行卡号和验证码，钱款随即被转走。
三、冒充亲友借钱。骗子盗用亲友头像，以“急用钱”为由要求发大额红包。
四、“红包封面”诈骗。以低价出售限量红包封面为名，收款后直接拉黑。
五、“红包返现”刷单。声称完成任务即可返现，其实就是刷单诈骗。
遇到可疑情况，请立即拨打县反诈中心电话0736-5101110咨询。转发给家人，就是最好的提醒。
""",
    ),
    dict(
        slug="wechat-zhepingfeiyi-longtou-craftsman-no-title",
        site="微读镜像 mirror of the account 鹧坪非遗 (invented)",
        style="公众号镜像",
        genre="人物通讯",
        kind="other",
        form="text",
        source="http://weidu-mirror.example.net/s/zpfy/2025020301",
        title="一位老艺人和他扎了四十年的龙头",
        record_title=None,
        date="2025-02-03",
        notes="no record title: the title line after the account name; account line the page's date; a star prompt on a line "
        "of its own; an editor line glued after the last sentence; 往期回顾 list",
        page="""
!m 鹧坪非遗
{T}
!m 原创　鹧坪非遗　2025年02月03日 19:20
!a 星标★鹧坪非遗，老手艺的故事不迷路
{BODY}
!a 阅读原文　　分享　　收藏　　在看 87
!l 往期回顾
!l ◇ 粞家湾的花灯是怎样糊出来的
!l ◇ 鹧坪镇青年舞龙队夺冠背后
!d 本页由微读镜像自动收录，图片已省略，如有侵权请联系 weidu_help@mirror-mail.cn
""",
        body="""
鹧坪镇粞家湾村的乔德旺老人今年七十一岁，扎龙头已经四十年了。每年腊月，他的小院里都堆满竹篾、铁丝和彩纸。
扎一个龙头，要先用竹篾编出骨架，龙角、龙须、龙舌都要单独扎好再接上去；然后糊上三层皮纸，晾干后描金上色，最后装上会转动的龙眼。
“龙头是一条龙的精气神，眼睛扎不活，整条龙就舞不起来。”乔德旺说。
这几年，村里的年轻人外出打工的多，会扎龙头的人越来越少。去年起，镇文化站请他每周到小学上一次手工课，已经有十几个孩子学会了扎龙须。
老人说，只要还有人愿意学，他就一直教下去。⟦m 文字：叶青禾　排版：小鹧　审校：梁穗⟧
""",
    ),
    dict(
        slug="docshare-zhiye-pledge-yuebinghe-recycling",
        site="知页分享 (invented document-sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.zhiyeshare.example.com/d/5f31c0a9.html",
        title="关于中秋节后回收月饼盒的倡议书",
        record_title="关于中秋节后回收月饼盒的倡议书（可打印张贴版）- 知页分享",
        date="2024-09-18",
        notes="sharing reader: uploader box, upload notice, points lock line between paragraphs, service WeChat; 成文日期 under "
        "the signature; '拍照发到楼栋群里分享' is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于中秋节后回收月饼盒的倡议书（可打印张贴版）- 知页分享</title>
<script src="https://cdn.zhiyeshare.example.com/js/reader.2.1.js"></script>
</head><body>
<div class="zy-head"><a class="logo">⟦m 知页分享⟧</a> <span>⟦m 把好文档分享给需要的人⟧</span>
<a>⟦a 上传赚积分⟧</a> <a>⟦a 我的知页⟧</a></div>
<div class="zy-crumb">⟦m 知页分享 ＞ 社区工作 ＞ 倡议书⟧</div>
<div class="zy-main"><div class="zy-doc">
<h1>{T}</h1>
<div class="zy-uploader">⟦m 分享者：栊城社工小林　分享于 1 个月前　评分 ★★★★☆ 4.6⟧</div>
<div class="zy-text">
{BODY}
</div>
<div class="zy-btns">⟦a 下载源文件（8积分）⟧ ⟦a 加入收藏⟧ ⟦a 打印⟧</div>
<p class="zy-upload-note">⟦d 此文档为网友自行分享，知页分享不对内容真实性负责，引用请自行核实。⟧</p>
</div>
<div class="zy-side"><h4>⟦l 相近文档⟧</h4><ul><li>⟦l 垃圾分类倡议书（社区版）.docx⟧</li><li>⟦l 中秋国庆节日安全提示.doc⟧</li></ul>
<div class="kefu">⟦w 文档代找 · 客服微信 zhiye_kf66⟧</div></div></div>
<div class="zy-foot">⟦m 知页分享 zhiyeshare.example.com　粤ICP备20071358号-2⟧</div>
</body></html>
""",
        body="""
亲爱的居民朋友们：
中秋佳节刚过，不少家庭留下了精美的月饼盒。这些包装盒大多只用一次，随手丢弃既浪费资源，又增加垃圾清运压力。为此，我们向全体居民发出如下倡议：
一、不乱丢。请将月饼盒与其他垃圾分开，不要随手丢进垃圾桶。
二、送回收。9月20日至30日，社区在党群服务中心一楼设立月饼盒回收点，每天上午9点至下午5点开放。
⟦a 余下内容消耗 8 积分即可解锁，积分不足可签到领取⟧
三、巧利用。完好的铁盒、木盒可改作收纳盒、花盆，欢迎把改造作品拍照发到楼栋群里分享。
四、少购买。明年中秋请优先选购简易包装月饼，从源头减少包装浪费。
皓月里社区居民委员会
2024年9月18日
""",
    ),
    dict(
        slug="docshare-cungao-letter-ditu-ce-samples-wps",
        site="存稿网 (invented document-sharing site)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.cungao.example.net/doc/20240510/447021.html",
        title="庠川县教育局关于商请提供乡土地理教学参考地图册的函",
        record_title="庠川县教育局关于商请提供乡土地理教学参考地图册的函.wps",
        date="2024-05-10",
        notes="file-name record title (.wps); the page repeats it with and without the suffix; an upload stamp (2 个月前) is "
        "no date; the letter's own 联系人/电话 beside the site's service line",
        page="""
!t 庠川县教育局关于商请提供乡土地理教学参考地图册的函.wps
!m 存稿网　›　公文写作　›　函
!m 上传：xc教研　｜　2 个月前　｜　2页　｜　WPS格式
!a 免费预览　　下载（需登录）　　转存到我的稿箱
{T}
{BODY}
!a —— 预览结束，完整版请下载 ——
!m 存稿网客服热线 400-017-6622（9:00-21:00）
!d 存稿网所有文档均来自网友上传，如涉及版权问题请来函，我们将在三个工作日内处理。
""",
        indent="\u3000\u3000",
        body="""
栊城地图出版社：
为配合初中地理乡土教学，我局拟组织编写《庠川乡土地理》校本教材，需参考贵社出版的《栊城市地图册》（2023年版）及相关专题图。经研究，特商请贵社提供该地图册样书30册，并授权我局在校本教材中使用其中3幅县域示意图。
所需费用由我局按贵社标准支付。如蒙同意，请于5月30日前函复。
联系人：县教研室　苗书言，电话：0736-5218093。
庠川县教育局
2024年5月10日
""",
    ),
    dict(
        slug="edu-quanyang-notice-xueju-sanjiaochi-attachments",
        site="畎阳县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.quanyang.example.gov.cn/tzgg/2024/1012/5520.html",
        title="关于开展中小学数学学具配备情况自查的通知",
        record_title="关于开展中小学数学学具配备情况自查的通知 · 畎阳县教育局 · 通知公告",
        date="2024-10-12",
        date_also=["2024-10-14"],
        notes="education portal: 关怀版/读屏 links, an attachment download link beside the 附件 list, the notice's own "
        "联系人/电话 and mailbox beside the site's technical line; '请各校下载附件' and '扫描成PDF' are content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展中小学数学学具配备情况自查的通知 · 畎阳县教育局 · 通知公告</title>
<script src="/js/ariaReader.js"></script>
</head><body>
<div class="edu-top">⟦m 畎阳县教育局⟧ <span>⟦m 办人民满意的教育⟧</span> <a>⟦a 关怀版⟧</a> <a>⟦a 读屏模式⟧</a></div>
<ul class="edu-nav"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 教育教学⟧</li><li>⟦m 校园安全⟧</li></ul>
<div class="edu-pos">⟦m 当前位置：首页 » 通知公告⟧</div>
<div class="edu-art"><h2>{T}</h2>
<div class="edu-info">⟦m 来源：装备站　发布时间：2024-10-14　点击数：731⟧</div>
<div class="edu-txt">
{BODY}
</div>
<div class="edu-fj">⟦a 相关附件（点击下载）：数学学具配备自查表.docx | 学具补充需求汇总表.xlsx⟧</div>
<div class="edu-op">⟦a 〖打印〗〖关闭〗〖返回顶部〗⟧</div>
</div>
<div class="edu-side"><h4>⟦l 本栏最新⟧</h4><ul><li>⟦l 关于做好秋冬季校园传染病防控工作的通知⟧</li><li>⟦l 全县中小学实验室安全检查情况通报⟧</li></ul></div>
<div class="edu-foot">⟦m 主办单位：畎阳县教育局　技术支持：县教育信息中心 0743-3310000⟧<br>⟦m 湘ICP备13007742号　湘公网安备 43312602000038号⟧</div>
</body></html>
""",
        body="""
各中小学：
为保障数学教学需要，县教育局决定在全县开展数学学具配备情况自查，重点检查三角尺、量角器、圆规等教学用具的配备和使用情况。现将有关事项通知如下。
一、自查内容。教师用大号三角尺、量角器是否按班配齐，是否有破损变形；学生学具柜中的三角尺是否有刻度不清、边缘毛刺等问题。
二、时间安排。请各校于10月25日前完成自查，如实填写自查表。
三、报送方式。请各校下载附件，填写后加盖公章，扫描成PDF发送至邮箱qyjyzb@qyedu.example.cn。
联系人：装备站　龙俊，电话：0743-3317265。
附件：1.数学学具配备自查表
2.学具补充需求汇总表
畎阳县教育局
2024年10月12日
""",
    ),
    dict(
        slug="edu-qitian-school-notice-ditu-ce-order",
        site="畎阳县琦田镇中学 (invented school site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qtzx.example.edu.cn/news/2024/0902/221.html",
        title="关于七年级学生征订《中学地理地图册》的通知",
        date="2024-09-02",
        notes="record title as is; a school site's column line, post line and scan-to-read line; '扫描班级群内的二维码' is "
        "content; the grade group's own phone beside the school office's line",
        page="""
!m 畎阳县琦田镇中学
!m 校园公告
{T}
!m 发稿：教务处　审核：校办　浏览：1580
{BODY}
!a 【手机扫码阅读本文】【打印本页】
!l 上一篇：2024年秋季开学安全告家长书
!l 下一篇：七年级新生军训安排
!m 学校地址：琦田镇文昌路18号　校办电话：0743-3356000
!m Copyright © 琦田镇中学　技术维护：畎阳县教育信息中心
""",
        indent="\u3000\u3000",
        body="""
各位家长：
根据县教育局教辅材料征订有关规定，经学校教辅材料选用委员会研究，七年级地理学科拟统一征订《中学地理地图册》（七年级上册），每册定价12.8元。
征订遵循“自愿”原则，家长可自行购买，也可使用往届学生的旧地图册。需要学校代订的，请于9月6日前扫描班级群内的二维码填写确认单。学校不代收任何费用，书款由家长在领书时直接交给书店。
如有疑问，请联系七年级组　卢老师，电话：0743-3356120。
畎阳县琦田镇中学
2024年9月2日
""",
    ),
    dict(
        slug="oa-xuankou-minutes-yuebinghe-redesign",
        site="煊口彩印协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.xuankoucaiyin.local/doc/view?id=20240612-07",
        title="关于中秋月饼盒减量包装改版的专题会议纪要",
        record_title="〔纪要·待阅〕关于中秋月饼盒减量包装改版的专题会议纪要 - 煊口彩印协同办公平台",
        date="2024-06-12",
        notes="OA document view: 流转记录 table, read count, 标记已读 button, IT desk line; minutes' 时间/地点/主持/参会/记录 "
        "lines kept, the 时间 line the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔纪要·待阅〕关于中秋月饼盒减量包装改版的专题会议纪要 - 煊口彩印协同办公平台</title>
<script src="/oa/static/flow.js"></script>
</head><body>
<div class="oa-top">⟦m 煊口彩印协同办公平台⟧ <span>⟦m 当前用户：生产部 刘小禾⟧</span> <a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文查阅　会议管理　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-doc-hd">⟦m 文档类别：会议纪要　密级：内部　拟稿：行政部⟧</div>
<h2>{T}</h2>
{BODY}
<div class="oa-read">⟦m 已阅 37 人　未阅 4 人⟧ <button>⟦a 标记为已读⟧</button> <button>⟦a 转给部门同事⟧</button></div>
<table class="oa-flow"><caption>⟦m 流转记录⟧</caption>
<tr><td>⟦m 行政部 吴小满　起草　06-12 17:20⟧</td></tr>
<tr><td>⟦m 副总经理 阮明秋　审核同意　06-13 08:45⟧</td></tr>
<tr><td>⟦m 总经办　分发各部门　06-13 09:02⟧</td></tr></table>
</div>
<div class="oa-foot">⟦m 系统问题请联系信息中心 分机 8066⟧ ⟦d 本纪要限公司内部流转⟧</div>
</body></html>
""",
        body="""
时间：2024年6月12日下午2:30
地点：公司三楼第二会议室
主持：副总经理　阮明秋
参会：设计部、生产部、销售部、质检部负责人
记录：行政部　吴小满
会议围绕今年中秋月饼盒订单的减量包装改版进行了专题研究，形成以下意见：
一、按照限制过度包装的要求，今年所有月饼盒方案一律控制在三层以内，取消绒布内衬和塑料托盘，改用一体成型纸浆内托。
二、设计部于6月20日前拿出铁盒、纸盒两套简约方案，报客户确认。
三、生产部对覆膜、烫金工序进行调整，减少复合材料使用，便于月饼盒回收。
四、质检部增加包装空隙率抽检，每批次抽检不少于5盒。
""",
    ),
    dict(
        slug="oa-fuman-bulletin-hongbao-hot-stamping-injury",
        site="福满印务内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/portal/notice/2025/0109-02",
        title="关于烫金车间红包生产线一起烫伤事件的通报",
        record_title="【安全通报】关于烫金车间红包生产线一起烫伤事件的通报（请传达到班组）- 福满印务内网",
        date="2025-01-09",
        notes="intranet text: portal menu, read counter, an internal-only notice, the IT desk extension; 成文日期 under the "
        "signature",
        page="""
!m 福满印务内网门户　｜　公告通知　｜　规章制度　｜　安全生产　｜　员工服务
!m 当前：安全生产 > 安全通报
!t 【安全通报】关于烫金车间红包生产线一起烫伤事件的通报（请传达到班组）
!m 发布部门：安全环保部　　阅读人数：126　　置顶
{BODY}
!a 〔已阅签收〕　〔下载正文〕　〔返回〕
!d 本文仅限公司内部传阅，请勿截图外传
!m 内网故障报修：信息部 分机 8800
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
1月8日晚班，烫金车间红包生产线发生一起手指轻微烫伤事件。操作工卢某在清理烫金版时未关闭加热开关，左手食指被烫伤，经厂医处理后已返岗。⟦a 〔点此查看现场照片〕⟧
经调查，事件暴露出以下问题：一是赶制春节红包订单期间连续加班，员工疲劳作业；二是班组长交接班时未落实“停机、断电、挂牌”要求；三是部分新员工未经岗前培训直接上岗。
为此，公司决定：对烫金车间班组长提出通报批评；所有烫金机加装防护罩；春节订单期间每班工作时间不超过10小时。
请各车间于1月12日前组织学习本通报。
安全环保部
2025年1月9日
""",
    ),
    dict(
        slug="qa-baiwentang-sanjiaochi-two-pieces-question",
        site="百问堂 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baiwentang.example.com/q/7730215.html",
        title="为什么一套三角尺有两块，一块是30°一块是45°？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; adopted-answer badge, vote row, more answers; 回答于 昨天 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>为什么一套三角尺有两块，一块是30°一块是45°？_百问堂</title>
<script src="/static/qa.bundle.js"></script>
</head><body>
<div class="bw-head">⟦m 百问堂⟧ <span>⟦m 有问题，上百问堂⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="bw-crumb">⟦m 百问堂 > 教育 > 初中数学⟧</div>
<div class="bw-q"><h1>{T}</h1>
<div class="bw-qmeta">⟦m 提问者：好奇的七年级　浏览 5216 次⟧</div></div>
<div class="bw-best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="bw-user">⟦m 答主：数学小灯塔　回答于 昨天 20:17⟧</div>
<div class="bw-a">
{BODY}
</div>
<div class="bw-vote">⟦a 有用 286　没用 3　评论 12⟧</div></div>
<div class="bw-more"><h3>⟦l 其他 4 个回答⟧</h3>
<p>⟦l 棱角分明：因为这两种角最常用，配起来可以画很多角。⟧</p>
<p>⟦l 匿名用户：我们老师说一块用来画平行线，一块用来画垂线。⟧</p></div>
<div class="bw-rel"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 用三角尺怎样画出75°的角？⟧</li><li>⟦l 量角器和三角尺哪个量角更准？⟧</li></ul></div>
<div class="bw-foot">⟦d 百问堂内容由网友提供，仅供参考，不代表本站观点。⟧ ⟦m ©2025 百问堂⟧</div>
</body></html>
""",
        body="""
这是由作图需要决定的。一套三角尺两块，一块是含30°和60°角的直角三角形，另一块是等腰直角三角形，两个锐角都是45°。
有了这两块尺，就能直接画出30°、45°、60°、90°这几个最常用的角，拼起来还能画出15°的整数倍的角，比如75°、105°、135°。
另外，两块尺配合使用还可以画平行线和垂线：一块尺固定，另一块沿着它的边平移，就能画出一组平行线。
所以两块三角尺不是随便凑的，而是一对“搭档”。
""",
    ),
    dict(
        slug="qa-zhilin-hongbao-yasuiqian-answer",
        site="知邻问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhilinwenda.example.cn/question/418270/answer/990132",
        title="孩子的压岁钱红包该不该由家长代管？",
        record_title="孩子的压岁钱红包该不该由家长代管？｜3条回答 - 知邻问答",
        date=None,
        notes="Q&A text: question line, answerer line with 回答于 2 天前 (no date), agree bar, comments, related questions",
        page="""
!m 知邻问答　·　家庭教育
!t 孩子的压岁钱红包该不该由家长代管？
!m 关注问题 86　　被浏览 2.3 万
!m 小满妈妈　育儿话题下的优秀答主　回答于 2 天前
{BODY}
!a ▲ 赞同 416　▼　　💬 38 条评论　　⭐ 收藏　　↗ 分享
!l 另外 2 位邻居也回答了这个问题
!l 相关问题：压岁钱应该存银行还是买基金？｜孩子乱花红包钱怎么办？
!d 本回答仅代表答主个人观点
""",
        body="""
我家孩子今年十岁，每年收的压岁钱红包都由我们代管，今年他提出想自己管，我觉得可以分情况看。
一是给孩子一部分自主权。可以和孩子商量，把红包里的钱分成三份：一份存起来，一份用于学习，一份由他自由支配。
二是记一本小账。让孩子把每个红包的金额和用途记下来，月底一起看看钱花到了哪里。
三是讲清回礼的道理。压岁钱红包其实是亲戚之间的人情往来，家长也给别家孩子发了红包，要让孩子明白这笔钱不是凭空来的。
这样既尊重了孩子，也能让他借机学会理财。
""",
    ),
]
