"""holdout55, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客 — a sign-language
association, a hot-spring town, a radio-regulation office, a farm-machinery station, a
customs broker, a bookbinding workshop. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-shouyu-speech-hands-site",
        site="墨砚范文阁 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.moyanfw.example.com/jianghua/2025/31877.html",
        title="在县手语翻译员协会第二次会员大会上的讲话",
        record_title="在县手语翻译员协会第二次会员大会上的讲话（优选稿）_墨砚范文阁",
        date="2025-03-16",
        notes="decorated record title; date under the speech title; a membership unlock prompt between paragraphs; a contact prompt glued after a sentence",
        page="""
!m 墨砚范文阁 · 写材料不熬夜
!m 栏目导航：首页 ＞ 讲话致辞 ＞ 协会讲话
{T}
县残联党组书记　韦秋蓉
（2025年3月16日）
{BODY}
!l 看了这篇的人也在看：在聋人节座谈会上的致辞｜助残志愿服务总结
!d 本站文章由会员投稿整理，观点仅代表作者，如有不妥请留言删除。
""",
        body="""
各位会员、同志们：
今天，县手语翻译员协会召开第二次会员大会，这是全县助聋服务工作中的一件喜事。
三年来，协会培训持证手语翻译员四十六名，在政务大厅、医院和法院设立手语服务点十一个。⟦w 整篇定制写作找小砚，微信 moyan_xiao88⟧
⟦a 开通阁员后可阅读余下全部内容，每日仅需0.3元⟧
希望协会继续扩大翻译员队伍，推动手语服务进社区、进学校、进窗口。
让每一位听障群众办事不再难，是我们共同的心愿。
""",
    ),
    dict(
        slug="fanwen-wenquan-plan-html-oldtable",
        site="椒川公文范本网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.jcgwfb.example.net/fangan/show_20417.asp",
        title="椒川镇温泉旅游旺季安全保障工作方案",
        record_title="【精编可改】椒川镇温泉旅游旺季安全保障工作方案 - 椒川公文范本网",
        date="2025-11-20",
        notes="old table layout with marquee, counter and font-size row; 成文日期 at the end; a data table one row a paragraph",
        page="""
<html><head><meta charset="gb2312"><title>【精编可改】椒川镇温泉旅游旺季安全保障工作方案 - 椒川公文范本网</title>
<script>var hits=0;function zoom(n){document.getElementById('art').style.fontSize=n+'px';}</script></head>
<body><table width="960" align="center"><tr><td><img src="/img/logo.gif">⟦m 椒川公文范本网　专注机关材料十二年⟧</td></tr>
<tr><td><marquee>⟦l 最新上传：乡镇安全生产月活动总结　社区消防演练方案　景区投诉处置预案⟧</marquee></td></tr>
<tr><td>⟦m 您现在的位置：网站首页 &gt;&gt; 工作方案 &gt;&gt; 安全方案⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h1>{T}</h1>
<div>⟦m 录入：范本网编辑部　点击数：2276　更新时间：2026-01-04⟧</div>
<div>⟦a 【字号　特大　适中　偏小】⟧</div>
<div id="art">
{BODY}
</div>
<div>⟦l 上一篇：镇级温泉行业协会章程（范本）⟧</div>
<div>⟦l 下一篇：冬季景区客流疏导预案⟧</div>
</td><td width="260" valign="top"><div>⟦l 本类热门　1.春节安保方案　2.防滑防跌倒提示　3.游客安全须知⟧</div>
<div>⟦w 材料代撰 电话 0731-55667012⟧</div></td></tr></table>
<table width="960" align="center"><tr><td>⟦d 版权所有 椒川公文范本网　本站资料仅供参考借鉴⟧</td></tr>
<tr><td>⟦m 湘ICP备17051263号-2　您是第 0086421 位访客⟧</td></tr></table></body></html>
""",
        body="""
为切实做好温泉旅游旺季安全保障工作，确保游客和从业人员生命财产安全，结合我镇实际，制定本方案。
一、工作目标
旺季期间不发生较大以上安全事故，不发生游客群体性投诉事件。
二、重点任务
（一）加强温泉池水质和水温监测，每两小时记录一次。
（二）落实防滑、防烫伤、防溺水措施，各泳池配备专职救生员。
三、职责分工
单位　牵头事项　完成时限
镇文旅办　综合协调和督查　12月1日前
镇卫生院　水质抽检和医疗保障　旺季全程
镇派出所　治安巡逻和交通疏导　旺季全程
四、工作要求
各单位要明确专人负责，每日下午五时前向镇文旅办报送安全情况。
椒川镇人民政府
2025年11月20日
""",
    ),
    dict(
        slug="wenku-wuxiandian-summary-star-markers",
        site="芷岭文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wk.zhiling.example.com/view/8f3a11c2.html",
        title="2024年芷岭市无线电管理工作总结",
        record_title="2024年芷岭市无线电管理工作总结.docx",
        date="2025-01-08",
        notes="file-name record title; page markers ✦N✦ cutting sentences; preview-end prompt; upload notice; date in the document",
        pages=dict(fmt="✦{n}✦", every=110, start=2),
        page="""
!m 芷岭文库 > 行业资料 > 通信
!t 2024年芷岭市无线电管理工作总结.docx
!m 页数：4　大小：31KB　浏览：912次
{BODY}
!a 预览到此为止，余下2页请下载文档阅读
!a 立即下载　加入书单
!d 此文档为用户自行上传，芷岭文库不对内容真实性负责，侵权可申请下架。
""",
        body="""
2024年，市无线电管理处紧紧围绕保障重大活动和维护空中电波秩序两项任务，各项工作取得明显成效。
一是频率台站管理进一步规范。全年审批设置各类无线电台站三百一十二个，清理过期执照四十五份。
二是无线电监测能力进一步增强。新建固定监测站两座，完成高考、马拉松等重大活动无线电安全保障九次。
三是违法用频行为得到有效遏制。查处“黑广播”三起、伪基站一起，收缴非法设备十一台。
2025年，我处将继续加强电磁环境监测，推进监测网络覆盖到每个县区。
芷岭市无线电管理处
2025年1月8日
""",
    ),
    dict(
        slug="wenku-nongji-notice-cn-date-wrapped",
        site="栎木文档预览 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="text",
        source="https://read.limu.example.cn/p/5520193.html",
        title="关于开展秋季农机安全检验的通知",
        record_title=None,
        date="2025-09-02",
        notes="no record title (found on the page); hard-wrapped at 60 columns; Chinese-numeral date; a VIP prompt between paragraphs",
        wrap=60,
        indent="　　",
        page="""
!m 栎木文档预览　|　文档编号 LM5520193
关于开展秋季农机安全检验的通知
{BODY}
!a 开通栎木VIP，全站文档免费看
!m 本文档于2025-09-17 21:06收录
""",
        body="""
各乡镇农机站，各农机专业合作社：
为保障秋收秋种期间农业机械安全运行，县农机安全监理站决定于9月10日至30日在全县开展秋季农机安全检验。
一、检验范围为全县登记在册的拖拉机、联合收割机和农用挂车。未按期参加检验的机具不得下田作业。
⟦a 剩余内容为VIP专享，开通后继续阅读⟧
二、请各乡镇农机站提前通知机主，检验时携带行驶证、驾驶证和机具。
联系人：蒙建华，电话：0745-6213380。
县农机安全监理站
二〇二五年九月二日
""",
    ),
    dict(
        slug="gov-koan-notice-html-info-index",
        site="榆湾市口岸办公室 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://ka.yuwan.example.gov.cn/xxgk/tzgg/202506/t20250612_4471.html",
        title="关于调整榆湾口岸旅检通道开放时间的通知",
        date="2025-06-12",
        record_date="2025-06-12",
        notes="modern portal with 索引号 table, font-size row, share bar, related list; 附件 list kept; 文号 neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于调整榆湾口岸旅检通道开放时间的通知_榆湾市口岸办公室</title>
<script src="/js/jquery.min.js"></script><style>.nav li{float:left}</style></head>
<body><header><div class="logo">⟦m 榆湾市人民政府口岸办公室⟧</div>
<nav><ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 口岸动态⟧</li><li>⟦m 互动交流⟧</li></ul></nav></header>
<div class="crumb">⟦m 当前所在：首页 › 政务公开 › 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：YWKA-2025-00317⟧</td><td>⟦m 发布机构：市口岸办⟧</td></tr>
<tr><td>⟦m 成文日期：2025-06-12⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<article><h2>{T}</h2>
<p class="docno">榆口岸〔2025〕9号</p>
<div class="tools">⟦a 字号：大 中 小⟧ ⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="content">
{BODY}
</div></article>
<div class="share">⟦l 分享至：微博 微信 QQ空间⟧</div>
<aside><h3>⟦l 相关文件⟧</h3><ul><li>⟦l 榆湾口岸2025年端午假期通关提示⟧</li><li>⟦l 关于做好口岸夏季防疫工作的通知⟧</li></ul></aside>
<footer>⟦m 主办：榆湾市人民政府口岸办公室　地址：榆湾市海港大道88号⟧<br>⟦m 网站标识码：4508000027　桂ICP备13004512号⟧</footer>
</body></html>
""",
        body="""
各口岸查验单位，各有关企业：
为适应暑期出入境旅客增长需要，经研究，决定自2025年7月1日起调整榆湾口岸旅检通道开放时间。
一、旅检通道开放时间由每日8:00至20:00调整为每日7:00至22:00。
二、各查验单位要合理安排值守力量，确保通道畅通。
附件：1.榆湾口岸旅检通道开放时间表
2.各查验单位值班联系表
榆湾市人民政府口岸办公室
2025年6月12日
""",
    ),
    dict(
        slug="gov-banzhuang-request-text-footer",
        site="楮山县文化和旅游局 (invented)",
        style="政府门户",
        genre="请示",
        kind="request",
        form="text",
        source="http://wlj.chushan.example.gov.cn/gzdt/2025/1103/7731.html",
        title="关于申请古籍修复装帧工作室建设经费的请示",
        record_title="关于申请古籍修复装帧工作室建设经费的请示 - 楮山县文化和旅游局",
        date="2025-10-28",
        notes="site suffix in the record; byline date differs from the 成文日期 (document date expected, byline accepted); chrome glued before a sentence",
        date_also=["2025-11-03"],
        page="""
!m 楮山县文化和旅游局　政务信息
!m 首页 / 工作动态 / 正文
{T}
!m 时间：2025-11-03 09:12　来源：县图书馆　阅读量：133
楮文旅〔2025〕41号
{BODY}
!a 【打印】【关闭】
!m 楮山县文化和旅游局主办　技术支持：云栈网络
""",
        body="""
县人民政府：
县图书馆现存线装古籍四千余册，其中破损待修复的有六百余册。⟦l 推荐阅读：书香楮山全民阅读活动启动⟧
为加强古籍保护，我局拟在县图书馆建设古籍修复装帧工作室一处，购置压书机、裁纸刀、修复台等设备。
经测算，共需经费二十八万元，恳请县政府予以安排。
妥否，请批示。
楮山县文化和旅游局
2025年10月28日
""",
    ),
    dict(
        slug="news-baoguan-news-html-photo",
        site="榧城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.feichengwb.example.com/news/2025-08/14/c_61734.html",
        title="榧城报关行业首次开展“诚信报关”承诺活动",
        record_title=None,
        date="2025-08-14",
        notes="no record title; byline 发布时间 is the date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<!doctype html><html><head><title>榧城报关行业首次开展“诚信报关”承诺活动-榧城晚报网</title>
<script>window._hmt=[];</script></head><body>
<div class="top">⟦m 榧城晚报网　城事 经济 民生 文体 视频⟧</div>
<div class="ad">⟦a 下载晚报客户端，看更多本地新闻⟧</div>
<main><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-08-14 16:40　来源：榧城晚报　记者 戚向阳⟧</div>
{BODY}
<div class="tags">⟦l 标签：报关 诚信 外贸⟧</div>
<div class="rel">⟦l 延伸阅读 · 榧城港上半年外贸吞吐量增长一成⟧</div>
<div class="cmt">⟦l 网友评论（0）　我也说两句⟧</div></main>
<footer>⟦d 未经授权禁止转载本网原创稿件⟧ ⟦m 新闻热线 0596-2808088⟧</footer></body></html>
""",
        body="""
本报讯　8月13日，榧城市报关协会组织全市三十七家报关企业开展“诚信报关”承诺活动。
各企业负责人现场签署承诺书，承诺如实申报、规范代理、不收取不合理费用。
⟦m 图为活动现场。记者 戚向阳 摄⟧
据了解，今年以来，全市报关企业代理进出口报关单十二万余票，同比增长百分之九。
协会负责人表示，将建立会员企业信用档案，对失信企业实行行业通报。⟦m （编辑 苏晴）⟧
""",
    ),
    dict(
        slug="news-lengku-text-related-tail",
        site="榴溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.liuxi.example.cn/jingji/202512/02/art_5509.html",
        title="榴溪冷链物流园新建冷库投入使用",
        record_title="【经济】榴溪冷链物流园新建冷库投入使用_榴溪新闻网",
        date="2025-12-02",
        notes="decorated record title; 发布 line is the date; related list with 更多>>; title repeated glued to the first sentence",
        page="""
!m 榴溪新闻网 - 榴溪人自己的网站
!m 首页 > 经济 > 正文
{T}
!m 2025年12月02日 10:05　榴溪新闻网　编辑：石小棠
⟦t 榴溪冷链物流园新建冷库投入使用⟧{BODY}
!l 相关新闻：
!l 榴溪柑橘出口首次突破万吨
!l 县物流协会召开年度会员大会
!l 更多>>
!d 本网稿件转载须注明来源
""",
        body="""
12月1日，位于城东工业区的榴溪冷链物流园新建冷库正式投入使用。
新冷库总库容两万吨，设有零下十八度冷冻库和零上四度保鲜库，可满足全县柑橘、水产品的储存需求。
园区负责人介绍，冷库配备了温度远程监控系统，客户通过手机就能查看库内温度。
""",
    ),
    dict(
        slug="forum-yujia-summary-junk-floors",
        site="橼水生活论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://bbs.yuanshui.example.net/thread-338712-1-1.html",
        title="橼水社区瑜伽公益课堂2025年工作小结",
        record_title="[公益] 橼水社区瑜伽公益课堂2025年工作小结 - 健身运动 - 橼水生活论坛",
        date="2025-12-28",
        notes="forum junk lines and glued junk; floor meta; relative time is not a date; 成文日期 at the end",
        junk=dict(lines=2, glued=2),
        page="""
!m 橼水生活论坛 › 健身运动 › 查看帖子
!m 楼主：青竹挽风　发表于 3天前　只看该作者
!t [公益] 橼水社区瑜伽公益课堂2025年工作小结
{BODY}
!a 回复　支持(12)　反对(0)　举报
!m 沙发　橘子汽水　发表于 昨天 21:14
!l 老师辛苦了，明年还报名！
!l 快速回复　发表帖子
""",
        body="""
今年三月，在街道社区中心的支持下，我们办起了瑜伽公益课堂，每周二、周四晚上在社区活动室上课。
全年共开课八十六次，参加学员累计一千三百余人次，其中六十岁以上的学员占三成。
课堂坚持零收费，瑜伽垫由社区统一购置，学员自带毛巾和水杯。
明年我们打算增开一个周末班，并邀请康复医生讲一讲运动损伤的预防。
橼水社区瑜伽公益课堂
2025年12月28日
""",
    ),
    dict(
        slug="forum-dianjing-plan-html-discuz",
        site="槭原游戏部落 (invented)",
        style="论坛",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.qiyuanbuluo.example.com/forum.php?mod=viewthread&tid=90431",
        title="槭原县首届青少年电竞健康赛事活动方案",
        record_title="槭原县首届青少年电竞健康赛事活动方案",
        date="2025-07-05",
        notes="Discuz-like page with jammer fonts; post time is the page date; signature line and reply box",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><title>槭原县首届青少年电竞健康赛事活动方案 - 赛事公告 - 槭原游戏部落</title></head><body>
<div id="hd">⟦m 槭原游戏部落　玩家的家⟧ ⟦a 登录 | 立即注册⟧</div>
<div id="pt">⟦m 部落 » 赛事公告 » 查看内容⟧</div>
<div class="pls">⟦m 楼主 电竞小队长　UID 20816　积分 3390⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-7-5 19:22⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：少打游戏多读书，打游戏就要打比赛⟧</div>
<div class="po">⟦a 收藏　分享　点评　回复⟧</div>
<div id="f_pst">⟦l 您需要登录后才可以回帖 快速回复 发表⟧</div>
<div id="ft">⟦m Powered by 部落社区 X3.4　© 2025 槭原游戏部落⟧</div></body></html>
""",
        body="""
为引导青少年健康参与电子竞技，县文体中心联合县青少年宫举办首届青少年电竞健康赛事。
一、参赛对象为全县十四至十八周岁学生，须经监护人书面同意。
二、比赛时间为7月20日至7月27日，每日比赛不超过两小时。
三、赛事期间安排视力保护和防沉迷讲座各一场。
四、报名咨询：县青少年宫，联系人谭玥，电话0731-8826103。
""",
    ),
    dict(
        slug="blog-minsu-insight-archive",
        site="杪湖随笔 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://miaohu.example.blog/2025/04/minsu-peixun.html",
        title="参加民宿管家培训班的几点体会",
        record_title="参加民宿管家培训班的几点体会 | 杪湖随笔",
        date="2025-04-19",
        notes="personal blog with tag cloud and archive; bracketed post time is the date; body sentences about 扫码/分享 kept",
        page="""
<html><head><title>参加民宿管家培训班的几点体会 | 杪湖随笔</title></head><body>
<header><h2>⟦m 杪湖随笔 · 山里人写山里事⟧</h2></header>
<article><h1>{T}</h1>
<p class="meta">⟦m [2025-04-19 22:31] 分类：乡村日记　阅读(58)⟧</p>
{BODY}
<p class="foot">⟦l 分类：乡村日记 | 评论(3) | 引用(0)⟧</p></article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 民宿 茶园 山路 老屋 培训⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2025年4月(6)　2025年3月(9)　2025年2月(4)⟧</p></aside>
<footer>⟦d 本博文字均为原创，转载请留个链接⟧</footer></body></html>
""",
        body="""
上周在县文旅局举办的民宿管家培训班学习了五天，收获不少。
第一点体会，是服务要细。老师说，客人扫码入住之后，管家要在十分钟内把房间须知发给客人。
第二点体会，是要讲好本地故事。我们村的老茶园、石板路，都可以变成客人愿意分享的内容。
第三点体会，是安全不能马虎。燃气、消防、食品安全，每一样都要有台账。
回来以后，我把笔记整理了一份，准备和村里几家民宿的老板一起学。
""",
    ),
    dict(
        slug="blog-huaju-speech-repost-text",
        site="楝口剧评小站 (invented)",
        style="博客",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://lianjuping.example.net/post/1187",
        title="在楝口话剧团建团四十周年座谈会上的发言",
        record_title="【转】在楝口话剧团建团四十周年座谈会上的发言",
        date="2025-05-10",
        notes="decorated record title; 转载 notice; date under the title; speaker line neutral; blog post time differs (document date expected)",
        date_also=["2025-05-21"],
        page="""
!m 楝口剧评小站　|　看戏、写戏、聊戏
!m 博主：幕后老周　2025-05-21 08:47 发布
!d 本文转自剧团内部刊物，仅作交流，如需删除请留言告知。
{T}
老演员代表　黎秀芳
（2025年5月10日）
{BODY}
!l 上一篇：《桥头人家》首演观后
!l 下一篇：小剧场的灯光怎么打
!a 赞(21)　转发　收藏
""",
        body="""
各位领导、各位同事：
四十年前，剧团在一间旧仓库里排出了第一部戏，那时候连舞台灯都是借来的。
四十年来，我们演了一百一十多部戏，下乡演出三千多场，观众说我们是“背着舞台走的剧团”。
如今剧团有了自己的小剧场，年轻演员也一茬接一茬地成长起来。
希望年轻人把老一辈的韧劲传下去，把戏演到群众心里去。
谢谢大家。
""",
    ),
]
