"""holdout73, part F: more skateboarding, frisbee, pickleball, hulusi and pet-grooming pages
in other site shapes. Invented text, sites, places, people and numbers; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="news-skate-ramp-title-glued-lead",
        site="翠原日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.cuiyuandaily.example.cn/shehui/2026-08/22/content_40221.htm",
        title="老厂房变身室内滑板馆",
        record_title="老厂房变身室内滑板馆 - 翠原日报网",
        date="2026-08-22",
        notes="news page whose repeated title is glued to the lead; 发布 line; related links with arrows",
        page="""
!m 翠原日报网 ｜ 社会 ｜ 城事
{T}
!m 2026年08月22日 07:55　翠原日报　记者 杭小雨 通讯员 施然
{BODY}
!l 相关新闻 → 城北工业遗址公园年底开放
!l 相关新闻 → 我市新增社区健身点四十个
!d 未经授权，禁止转载、摘编、复制及建立镜像
""",
        body="""
⟦t 老厂房变身室内滑板馆⟧本报讯　停产多年的翠原第二纺织厂老厂房，经过半年改造，变身全市首个室内滑板馆，将于8月底对外开放。
滑板馆面积约两千平方米，保留了厂房原有的钢结构和锯齿形屋顶，设有碗池、街式区和儿童启蒙区。
运营方介绍，场馆将为周边中小学生提供公益体验课，雨天也能照常练习。
""",
    ),
    dict(
        slug="wechat-grooming-summer-heatstroke-tips",
        site="毛孩子洗护站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="提示",
        kind="other",
        form="text",
        source="https://weixin.mirror.example.net/s/Mhz_heat_0708",
        title="高温天带毛孩子来洗澡，这几件事请注意",
        record_title="高温天带毛孩子来洗澡，这几件事请注意",
        date="2026-07-08",
        notes="WeChat mirror: account date; follow prompt glued before the first paragraph; like/在看 row; coupon prompt",
        page="""
{T}
!m 毛孩子洗护站　2026年7月8日 12:00　翊城
{BODY}
!l 点赞 64　在看 19　分享
!a 点击领取夏日洗护8折券
!d 文章版权归原公众号所有，本站仅作收录。
""",
        body="""
⟦w 关注我们，每周一篇养宠干货⟧最近连续高温，门店每天都会遇到刚下车就喘粗气的狗狗。
来洗澡的路上，请不要把宠物单独留在车内，哪怕只有几分钟。
短鼻犬种如法斗、巴哥耐热性差，建议预约早上或傍晚的时段。
洗护过程中，美容师会控制吹水温度，一旦发现宠物呼吸急促，会立即暂停并通知主人。
""",
    ),
    dict(
        slug="fanwen-skatepark-opening-address-oneline-markers",
        site="翼文范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yiwenfw.example.com/jianghua/zhici/2026/0601/3307.html",
        title="在城市滑板公园开园仪式上的致辞",
        record_title="在城市滑板公园开园仪式上的致辞（通用2篇）",
        date="2026-06-01",
        oneline=True,
        indent="　　",
        pages=dict(fmt="︵{n}︶", every=90, start=2),
        notes="范文 page: whole body on one line cut by ︵n︶ markers; speaker and Chinese-numeral date under the title neutral",
        page="""
!m 翼文范文网 - 致辞讲话 - 开幕致辞
!t 在城市滑板公园开园仪式上的致辞（通用2篇）
副县长　聂文昭
二〇二六年六月一日
{BODY}
!a 复制本文　下载Word　收藏
!l 上一篇：在全民健身日活动启动仪式上的讲话
""",
        body="""
同志们、朋友们、孩子们：今天是六一国际儿童节，我们在这里隆重举行城市滑板公园开园仪式。
城市滑板公园是今年县委、县政府确定的十件民生实事之一，从规划到建成历时十个月。
希望运营单位管好、用好这片场地，也希望广大青少年在运动中注意安全、文明滑行。
""",
    ),
    dict(
        slug="blog-pickleball-paddle-review",
        site="老蔺的球拍间 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://laolin.example.blog.net/archives/318",
        title="三款入门匹克球拍的上手感受",
        record_title="三款入门匹克球拍的上手感受 – 老蔺的球拍间",
        date="2026-04-27",
        notes="blog text: 发布于 line taken as date; a sponsorship note glued after a paragraph; category and tags",
        page="""
!m 老蔺的球拍间 · 一个业余球友的装备笔记
{T}
!m 发布于 2026年4月27日　分类：装备　评论 14
{BODY}
!d 声明：文中球拍均为自费购买，非广告。
!l 标签：匹克球、球拍、入门
!l ← 匹克球双打站位心得
""",
        body="""
最近陆续试用了三款两百元以内的入门匹克球拍，简单说说上手感受。
第一款是蜂窝芯玻纤拍，拍面弹性好，新手容易把球打过网，缺点是控球一般。⟦l 👉 点击查看同款⟧
第二款是木质拍，价格最低，但重量偏大，打久了手腕会酸。
第三款是碳纤维面拍，手感细腻，更适合已经打了几个月、想练网前小球的朋友。
""",
    ),
    dict(
        slug="forum-frisbee-league-recap-post",
        site="翰阳户外论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.hyoutdoor.example.com/t/70015",
        title="周末社区飞盘联赛第三轮战报",
        record_title="周末社区飞盘联赛第三轮战报 - 草地运动 - 翰阳户外论坛",
        date="2026-09-06",
        notes="forum post: 发表于 line date; a results table kept; signature line and floors",
        page="""
!m 翰阳户外论坛 » 草地运动 » 飞盘专区
{T}
!m 作者：盘不离手　|　发表于 2026-09-06 22:40　|　电梯直达
{BODY}
!m ———— 个性签名：扔出去的盘，总会飞回来 ————
!l 2# 飞羊队队长：下周复仇！
!l 3# 路人甲：哪里能报名观赛？
""",
        body="""
今天下午联赛第三轮在江滩草坪开打，天气晴好，四支队伍都拿出了最好状态。
对阵　比分
江滩飞羊　11：13　城西风行
河口野马　13：9　翰园极光
城西风行保持全胜，本周的“精神奖”由河口野马获得，他们在争议球上的处理让大家都很服气。
""",
    ),
    dict(
        slug="gov-grooming-industry-rules-consultation-html",
        site="翥州市农业农村局 (invented)",
        style="政府门户",
        genre="征求意见",
        kind="notice",
        form="html",
        source="http://nyncj.zhuzhou.example.gov.cn/zwgk/zqyj/202610/t20261012_771.html",
        title="关于公开征求《翥州市宠物美容寄养场所防疫管理规定（征求意见稿）》意见的公告",
        record_title="关于公开征求《翥州市宠物美容寄养场所防疫管理规定（征求意见稿）》意见的公告_翥州市农业农村局",
        date="2026-10-12",
        notes="municipal portal: 索引号 table; 长辈版 row; the notice's own e-mail and phone beside the portal's 纠错 line; 附件 list",
        page="""
<html><head><meta charset="utf-8"><title>关于公开征求《翥州市宠物美容寄养场所防疫管理规定（征求意见稿）》意见的公告_翥州市农业农村局</title></head><body>
<div class="t">⟦m 翥州市农业农村局⟧ <a>⟦a 长辈版⟧</a> <a>⟦a 简|繁⟧</a></div>
<div class="nav">⟦m 首页　机构职能　政务公开　政民互动　专题专栏⟧</div>
<table class="gk"><tr><td>⟦m 索引号：11430700MB1572290C/2026-01193⟧</td><td>⟦m 成文日期：2026-10-12⟧</td></tr><tr><td>⟦m 发文机关：翥州市农业农村局⟧</td><td>⟦m 分类：征集调查⟧</td></tr></table>
<h1>⟦t 关于公开征求《翥州市宠物美容寄养场所防疫管理规定（征求意见稿）》意见的公告⟧</h1>
<div class="zoom">
{BODY}
</div>
<div class="fx">⟦l 分享到：⟧ ⟦a 打印⟧ ⟦a 收藏⟧</div>
<div class="ft">⟦m 网站纠错：0733-2851200⟧　⟦m 翥ICP备05003120号-1⟧</div>
</body></html>
""",
        body="""
为规范宠物美容、寄养场所动物防疫工作，我局起草了《翥州市宠物美容寄养场所防疫管理规定（征求意见稿）》，现向社会公开征求意见。
公众可于2026年11月11日前，通过电子邮件将意见发送至zzsnyj_fy@example.gov.cn，或邮寄至翥州市农业农村局畜牧兽医科。
联系电话：0733-2851376。
附件：翥州市宠物美容寄养场所防疫管理规定（征求意见稿）
翥州市农业农村局
2026年10月12日
""",
    ),
    dict(
        slug="collection-hulusi-teacher-chapter-html",
        site="翘山文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="https://qiaoshan.example.org/wencun/vol3/28.html",
        title="教葫芦丝的第十个年头",
        record_title="《翘山文存》卷三·第28篇｜教葫芦丝的第十个年头",
        date=None,
        notes="personal collection HTML: volume and chapter navigation, a reading-progress bar; no date",
        page="""
<html><head><meta charset="utf-8"><title>《翘山文存》卷三·第28篇｜教葫芦丝的第十个年头</title></head><body>
<div class="site">⟦m 翘山文存 · 一位乡村音乐教师的文字⟧</div>
<div class="vol">⟦m 卷三　教书篇（共42篇）⟧</div>
<h2>⟦t 教葫芦丝的第十个年头⟧</h2>
<div class="progress">⟦m 本卷已读 67%⟧</div>
{BODY}
<div class="chap">⟦l 上一篇：山里的音乐课⟧　⟦l 目录⟧　⟦l 下一篇：孩子们的第一场演出⟧</div>
<div class="cc">⟦d 文存所收文字版权归作者所有，未经允许请勿转载。⟧</div>
</body></html>
""",
        body="""
十年前来到山里的小学，学校没有一件像样的乐器，我用自己的工资买了二十支葫芦丝。
第一批学生连简谱都不认识，我就一个音一个音地教，一首《小河淌水》教了整整一个学期。
如今学校的葫芦丝队已经换了好几茬孩子，还到县里参加过两次比赛。
有人问我累不累，我说，听孩子们吹响第一个音的时候，什么都值了。
""",
    ),
    dict(
        slug="edu-hulusi-instrument-contest-results",
        site="翱山县教育体育局 (invented)",
        style="教育门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://jtj.aoshan.example.gov.cn/jyxw/2026/1130/2009.html",
        title="关于全县中小学葫芦丝比赛结果的通报",
        record_title="关于全县中小学葫芦丝比赛结果的通报_翱山县教育体育局",
        date="2026-11-30",
        notes="education bureau text: results table kept; document number neutral; a print-this-page row",
        page="""
!m 翱山县教育体育局 · 教育新闻
{T}
翱教体通〔2026〕52号
!m 发布时间：2026-11-30　责任编辑：艺体股
{BODY}
!a 【打印此页】【收藏本页】
!l 下一篇：关于做好冬季校园安全工作的通知
!m 翱山县教育体育局　技术支持：县教育信息中心
""",
        body="""
各中小学：
11月26日，全县中小学葫芦丝比赛在县文化中心举行，共有二十一所学校的三十四个节目参赛。经评委评审，现将结果通报如下。
组别　一等奖　二等奖
小学组　翱山县实验小学　城南小学、河西小学
中学组　翱山县第一中学　第二中学
希望获奖学校再接再厉，各校继续将器乐教学落到实处。
翱山县教育体育局
2026年11月30日
""",
    ),
    dict(
        slug="print-consumer-assoc-grooming-dispute-mediation",
        site="翎川县消费者协会 (invented)",
        style="打印页",
        genre="案例通报",
        kind="notice",
        form="text",
        source="http://www.lcxiehui.example.org.cn/print.php?aid=1152",
        title="宠物美容消费纠纷调解典型案例",
        record_title="打印 | 宠物美容消费纠纷调解典型案例",
        date="2026-03-15",
        notes="print view text: print/close row, source URL, print footer; date from the document's last line",
        page="""
!a [ 打印 ]　[ 关闭 ]
!m 来源网址：http://www.lcxiehui.example.org.cn/news.php?aid=1152
{T}
{BODY}
!p 第 1 页，共 1 页
""",
        body="""
案例一：消费者刘某在某宠物美容店办理储值卡两千元，使用三次后门店更换经营者，新经营者拒绝继续提供服务。经县消协调解，新经营者同意承接原储值卡余额。
案例二：消费者唐某的猫在美容店修剪时被剪伤耳朵，店家仅同意退还服务费。经调解，店家承担治疗费六百元并当面道歉。
县消协提醒：消费者办理预付卡应索取书面协议，发生纠纷可拨打12315或到县消协现场投诉。
翎川县消费者协会
2026年3月15日
""",
    ),
    dict(
        slug="wenku-pickleball-event-emergency-plan-markers",
        site="翩然文库 (invented)",
        style="文库预览",
        genre="预案",
        kind="plan",
        form="text",
        source="https://www.pianranwk.example.com/doc/1d28fa07.html",
        title="匹克球公开赛突发事件应急预案",
        record_title="匹克球公开赛突发事件应急预案.wps",
        date="2026-08-28",
        pages=dict(fmt="⦗{n}⦘", every=120, start=2, glue="mix"),
        notes="文库 preview: file-name title; page markers ⦗n⦘ mixed glue; contact table kept; preview-end prompt",
        page="""
!m 翩然文库　›　行业资料　›　体育赛事
!t 匹克球公开赛突发事件应急预案.wps
!m 4 页 ／ 2.1 千字 ／ 上传时间 2 个月前
{BODY}
!a 试读结束，开通文库会员下载全文
!d 侵权投诉：本文档由用户上传，如侵犯您的权益请提交申诉。
""",
        body="""
为有效应对公开赛期间可能发生的突发事件，保障运动员、观众和工作人员安全，制定本预案。
一、组织机构。成立应急处置领导小组，由组委会副主任任组长，下设医疗救护组、安全保卫组和后勤保障组。
二、处置程序。发生运动员受伤时，医疗救护组应在两分钟内到达现场处置，伤情严重的立即送往就近医院。
岗位　负责人　值班电话
医疗救护组　孟医生　0739-5228120
安全保卫组　邵队长　0739-5228110
翎川县匹克球公开赛组委会
2026年8月28日
""",
    ),
]
