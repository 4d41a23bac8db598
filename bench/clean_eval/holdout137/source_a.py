"""holdout137, part A. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-qinxi-huapao-notice-index-table",
        site="芩溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qinxi.gov.cn/xxgk/tzgg/202504/t20250409_118274.html",
        title="芩溪县文化广电体育和旅游局关于举办第十二届“三月三”抢花炮邀请赛的通知",
        record_title="芩溪县文化广电体育和旅游局关于举办第十二届“三月三”抢花炮邀请赛的通知_通知公告_芩溪县人民政府",
        date="2025-04-09",
        notes="modern county portal with index table and elders-mode row; contact of the bureau beside the portal's hotline; 附件 list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>芩溪县文化广电体育和旅游局关于举办第十二届“三月三”抢花炮邀请赛的通知_通知公告_芩溪县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var zoom=1;function big(){zoom+=0.1}</script>
</head><body>
<div class="topbar">⟦m 欢迎访问芩溪县人民政府门户网站⟧ <a href="#">⟦a 无障碍浏览⟧</a> <a href="#">⟦a 关怀版⟧</a> <a href="/en">⟦m English⟧</a></div>
<div class="nav"><a href="/">⟦m 网站首页⟧</a> <a href="/zwdt">⟦m 政务动态⟧</a> <a href="/xxgk">⟦m 政府信息公开⟧</a> <a href="/hdjl">⟦m 互动交流⟧</a> <a href="/bsfw">⟦m 办事服务⟧</a></div>
<div class="loc">⟦m 您所在的位置： 首页 &gt; 政府信息公开 &gt; 通知公告⟧</div>
<table class="syh">
<tr><td>⟦m 索 引 号：11452731MB0F2204X6/2025-00418⟧</td><td>⟦m 发布机构：县文化广电体育和旅游局⟧</td></tr>
<tr><td>⟦m 主题分类：文化、体育⟧</td><td>⟦m 成文日期：2025-04-08⟧</td></tr>
</table>
<h2>{T}</h2>
<div class="source">⟦m 发布时间：2025-04-09 10:17　浏览次数：1206⟧ ⟦a 【字号：大 中 小】【打印本页】【关闭】⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="share">⟦l 分享到：朋友圈 微博 QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<ul><li>⟦l 县文体旅局2025年全民健身活动安排⟧</li><li>⟦l 关于做好“三月三”节庆期间安全工作的通知⟧</li></ul></div>
<div class="foot">
<p>⟦m 主办：芩溪县人民政府办公室　承办：芩溪县大数据发展中心⟧</p>
<p>⟦m 网站标识码：4527310019　桂ICP备08003127号-1　桂公网安备45273102000113号⟧</p>
<p>⟦m 政务服务热线：12345　网站纠错：qxzfwz@163.com⟧</p>
</div>
</body></html>
""",
        record_date="2025-04-09",
        body="""
各乡镇人民政府，县直有关单位，各参赛队：
为传承民族传统体育文化，丰富群众节庆生活，经研究，决定于“三月三”期间在县民族体育场举办第十二届抢花炮邀请赛。现将有关事项通知如下。
一、比赛时间和地点
2025年4月29日至5月1日，县民族体育场（东环路88号）。4月28日下午进行领队会议和抽签。
二、参赛单位
各乡镇可组1至2支队伍参赛，另邀请周边县（区）代表队8支。每队报领队1名、教练1名、运动员12名（场上8名）。
三、竞赛办法
执行国家体育总局审定的《抢花炮竞赛规则》。预赛分组单循环，决赛采用淘汰制，每场比赛分上、下两个半时，每半时20分钟。
四、报名办法
请于4月20日前将报名表（附件1）加盖单位公章后报送县文体旅局群众体育股，电子版发送至qxwtlqt@163.com。
五、其他事项
参赛运动员须年满18周岁，身体健康，并自行办理比赛期间人身意外伤害保险。未办理保险的不得上场。
联系人：韦锦川，电话：0771-7213406。
附件：1.第十二届“三月三”抢花炮邀请赛报名表
2.抢花炮运动员健康承诺书
芩溪县文化广电体育和旅游局
2025年4月8日
""",
        date_also=["2025-04-08"],
    ),
    dict(
        slug="fanwen-bizhi-summary-steamer-workshop",
        site="笔智范文库 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.bizhifw.com/zongjie/qiye/2024/1219/88571.html",
        title="蓁阳县竹蒸笼加工行业2024年度安全生产工作总结",
        record_title="【可编辑】蓁阳县竹蒸笼加工行业2024年度安全生产工作总结（精选）",
        date="2024-12-18",
        notes="decorated record title; writing-service prompt glued after a sentence; date under the signature",
        page="""
!m 笔智范文库｜公文材料一站搞定
!m 当前栏目：首页 » 工作总结 » 企业总结
!t 【可编辑】蓁阳县竹蒸笼加工行业2024年度安全生产工作总结（精选）
!m 更新：2024-12-19　人气：1877　整理：墨青
!a 〔全文复制〕〔另存为DOC〕〔加入书签〕
{BODY}
!a 以上为节选，完整文档（含附表）登录会员后一键下载
!l ◇ 您可能还需要：
!l 竹木制品企业安全隐患自查报告
!l 2024年乡镇企业安全生产工作计划
!d 声明：本页内容由注册用户投稿整理，版权归作者所有，若有不妥请联系删除。
!m 笔智范文库 bizhifw.com 湘ICP备19032741号
""",
        indent="\u3000\u3000",
        body="""
2024年，在县应急管理局和县工信局的指导下，全县竹蒸笼加工行业以“防火灾、防机械伤害、防粉尘”为重点，扎实推进安全生产工作，全年未发生一般及以上生产安全事故。现将主要工作总结如下。
一、摸清底数，建立行业台账
全县现有竹蒸笼加工企业和家庭作坊共63家，从业人员1140余人，年产各类蒸笼约210万套。我们逐家登记了厂房面积、设备数量、烘干工艺和消防设施情况，建立了“一企一档”。⟦w 材料写不出来？专业写手一对一服务，加微信 bz_xiezuo88⟧
二、突出重点，整治突出隐患
针对竹篾烘干房、熏蒸间和刨片车间三个火灾高风险部位，开展了两轮拉网式检查，共排查隐患214处，已整改209处，整改率97.7%。对11家烘干房与生产车间未分隔的作坊，督促其加装防火隔墙或迁建烘干房。
三、加强培训，提升从业人员意识
联合县消防救援大队举办竹制品行业消防培训班4期，培训企业负责人和班组长186人次；组织开展灭火疏散演练23场。
四、存在的问题
部分家庭作坊设在居民自建房内，生产、仓储、住宿“三合一”现象仍未根除；少数企业刨片机防护罩缺失，员工自我保护意识不强。
五、明年打算
2025年，我们将推动家庭作坊向竹制品产业园集中，严格落实烘干房防火标准，力争行业安全生产形势持续稳定向好。
蓁阳县竹制品行业安全生产工作专班
2024年12月18日
""",
    ),
    dict(
        slug="wenku-yunjuan-plan-tremella-pages",
        site="云卷文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunjuan365.com/p/8c41d2e07a53.html",
        title="莪川县2025年银耳产业提质增效实施方案",
        record_title="莪川县2025年银耳产业提质增效实施方案.pdf",
        date="2025-02-26",
        notes="file-name record title; '〘n〙' markers cut sentences in a wrapped text, glued or not; paywall prompt",
        page="""
!m 云卷文库
!m 文库首页 / 农林牧渔 / 产业规划
!t 莪川县2025年银耳产业提质增效实施方案.pdf
!m 上传者：川上客　页数：6页　格式：PDF　大小：211KB
!a 加入文件夹　　|　　下载(5金币)　　|　　举报
{T}
{BODY}
!a 试看结束，剩余4页内容需解锁后阅读
!a ￥3.80 购买本文档　　或　　开通年卡免费看
!d 本文档为会员上传分享，云卷文库仅提供存储与展示，若涉及侵权请通过申诉通道反馈。
!l 同类文档推荐
!l 食用菌产业发展规划（2024—2028年）　　12页
!l 银耳栽培技术要点.docx　　4页
""",
        wrap=64,
        indent="\u3000\u3000",
        pages=dict(fmt="〘{n}〙", every=180, start=2, glue="mix"),
        body="""
为推动我县银耳产业由规模扩张向质量效益转变，增加菇农收入，结合我县实际，制定本方案。
一、发展目标
到2025年底，全县银耳栽培规模稳定在1.2亿袋，鲜品产量达到4.6万吨；标准化出菇房占比提高到60%以上；培育年销售额超5000万元的加工企业3家；银耳产业综合产值达到18亿元。
二、重点任务
（一）推广标准化菇房。对新建和改造的恒温恒湿出菇房，按每平方米40元给予补助，单户补助不超过3万元。
（二）加强菌种管理。县食用菌站每年开展菌种质量抽检不少于2次，严禁销售无证菌种，引导菇农统一使用经审定的优良菌株。
（三）发展精深加工。支持企业开发冻干银耳羹、银耳饮品等产品，对新上加工生产线的企业给予设备投资额10%的奖励。
（四）打造区域品牌。统一使用“莪川银耳”区域公用品牌和包装标识，组织企业参加各类展销会，拓展电商销售渠道。
三、保障措施
成立由分管副县长任组长的银耳产业发展工作专班，县财政每年安排产业发展资金2000万元，各乡镇要明确一名班子成员具体负责。
莪川县人民政府办公室
2025年2月26日
""",
    ),
    dict(
        slug="news-yiwan-coix-harvest-photo-caption",
        site="薏湾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yiwan.com.cn/xiangcun/2024-10/22/content_5528910.htm",
        title="茺原县薏米喜获丰收 合作社订单收购稳价惠农",
        record_title="茺原县薏米喜获丰收 合作社订单收购稳价惠农-薏湾新闻网",
        date="2024-10-22",
        notes="news portal; photo caption between paragraphs; reporter line; byline time is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>茺原县薏米喜获丰收 合作社订单收购稳价惠农-薏湾新闻网</title>
<script>window.adsbygoogle=[];</script></head>
<body>
<header><div class="logo">⟦m 薏湾新闻网⟧</div><nav><a>⟦m 首页⟧</a> <a>⟦m 时政⟧</a> <a>⟦m 乡村⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 视听⟧</a></nav></header>
<div class="crumbs">⟦m 薏湾新闻网 &gt; 乡村振兴 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 2024-10-22 08:36　来源：茺原融媒体中心　记者：覃思雨 通讯员：莫远⟧</div>
{BODY}
<div class="editor">⟦m 【编辑：黎小满　审核：周沛】⟧</div>
</article>
<div class="tools">⟦a 字号 T+ T-⟧ ⟦l 转发到：微信 微博 复制链接⟧</div>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 县城新增两条公交线路本周开通⟧</li><li>⟦l 秋季森林防火期从11月1日开始⟧</li><li>⟦l 百年古桥修缮完成重新通行⟧</li></ol></aside>
<footer><p>⟦d 未经本网书面授权，不得转载、摘编或以其他方式使用本网稿件。⟧</p><p>⟦m 新闻热线：0776-2830116　互联网新闻信息服务许可证：45120190006⟧</p></footer>
</body></html>
""",
        record_date="2024-10-22",
        body="""
金秋十月，茺原县8.6万亩薏米陆续进入收获期。在板仑乡那坡村的薏米田里，收割机来回穿梭，脱粒、装袋一气呵成，村民们忙着把新收的薏米运往合作社晒场。
“今年雨水匀，薏米颗粒饱满，亩产能到280斤左右。”种植户黄德宽一边过秤一边说。他家种了15亩，合作社按每斤4.2元的保底价收购，比去年市场价高出0.3元。
⟦m 图为板仑乡村民在晒场翻晒新收的薏米。记者 覃思雨 摄⟧
据了解，茺原县近年来推行“合作社+农户+订单”模式，全县32家薏米合作社与农户签订收购订单5.1万亩，并与两家食品企业签订长期供货协议，有效避免了“丰产不丰收”。
县农业农村局有关负责人介绍，今年全县薏米预计总产量1.1万吨，产值约9200万元。下一步，县里将引进薏米粉、薏米茶等深加工项目，延长产业链，让种植户分享更多增值收益。
""",
    ),
    dict(
        slug="forum-zhulin-board-shoe-race-junk",
        site="竹林论坛 (invented)",
        style="论坛",
        genre="方案",
        kind="plan",
        form="text",
        source="http://bbs.zhulin168.net/thread-402718-1-1.html",
        title="板鞋竞速队冬训计划（2024—2025年度）",
        record_title="[训练交流] 板鞋竞速队冬训计划（2024—2025年度）",
        date="2024-11-25",
        date_also=["2024-11-27"],
        notes="forum post with anti-scraping junk lines and glued junk; post time differs from the plan's date",
        page="""
!m 竹林论坛 » 民族体育 » 板鞋竞速
!l 返回列表　发新帖　回复
!t [训练交流] 板鞋竞速队冬训计划（2024—2025年度）
!m 楼主：三人一板　　发表于 2024-11-27 21:05　　只看该作者
!m 查看: 583 | 回复: 14
{BODY}
!a 本帖最后由 三人一板 于 2024-11-27 21:10 编辑
!l 回复　支持(6)　反对(0)　举报
!m 沙发：木棉花开　发表于 2024-11-28 07:42
!l 收藏了，我们学校也准备组队，谢谢楼主分享！
!d 免责声明：论坛帖子仅代表作者个人观点，与本站立场无关。
!m Powered by 竹林社区 © 2008-2024
""",
        junk=dict(lines=2, glued=3),
        body="""
为备战明年全区少数民族传统体育运动会，提高队员的协同配合能力和速度耐力，特制订本年度冬训计划。
一、训练时间
2024年12月2日至2025年2月20日，每周一、三、五下午4:30至6:30，周六上午8:30至11:00。春节前后停训两周。
二、训练内容
1.基础体能：30米、60米冲刺跑，立定跳远，核心力量训练。
2.协同步伐：三人原地摆腿、口令节奏训练，先慢后快，每组不少于20次。
3.专项技术：起跑、途中跑、弯道跑和冲刺撞线，重点解决弯道减速问题。
4.模拟比赛：每两周组织一次男子、女子、混合项目队内测试，记录成绩。
三、注意事项
训练前必须充分热身，检查板鞋绑带是否牢固；雨雪天气改为室内体能训练；队员如有伤病应及时报告，不得带伤训练。
四、阶段目标
男子60米成绩提高到9秒以内，女子60米提高到10秒5以内，混合接力交接棒失误率降至5%以下。
县民族中学板鞋竞速队
2024年11月25日
""",
    ),
    dict(
        slug="blog-puye-palm-fan-notes-tagcloud",
        site="蒲叶居 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://puyeju.blog.example-host.cn/2024/07/11/making-palm-fans/",
        title="跟着外婆学做蒲扇",
        record_title="跟着外婆学做蒲扇 | 蒲叶居",
        date="2024-07-11",
        notes="WordPress-like blog with tag cloud and archive; post time in brackets; a sentence about sharing belongs to the essay",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>跟着外婆学做蒲扇 | 蒲叶居</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css"></head>
<body class="single">
<div id="masthead"><h2>⟦m 蒲叶居⟧</h2><p>⟦m 手艺、乡土与慢生活⟧</p>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 手艺札记⟧</li><li>⟦m 留言板⟧</li><li>⟦m 关于我⟧</li></ul></div>
<div id="content">
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2024-07-11 22:40] 分类：手艺札记 | 阅读(412) | 评论(9)⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 标签：蒲扇 手工 外婆 夏天⟧</div>
<div class="nav-links">⟦l « 上一篇：去镇上看老篾匠编竹篮⟧ ⟦l 下一篇：晒伏姜 »⟧</div>
<div id="comments"><h3>⟦l 9 条评论⟧</h3>
<p>⟦l 阿棠：小时候夏夜全靠它，看得好想念。⟧</p>
<p>⟦l 发表评论　昵称（必填）　邮箱（不公开）⟧</p></div>
</div>
<div id="sidebar"><h3>⟦l 标签云⟧</h3><p>⟦l 竹编 糯米酒 蒲扇 老屋 赶集 腌菜⟧</p>
<h3>⟦l 文章归档⟧</h3><p>⟦l 2024年7月 (4)　2024年6月 (6)　2024年5月 (3)⟧</p></div>
<div id="footer">⟦d © 2024 蒲叶居 · 文字与图片均为原创，转载请先联系博主⟧</div>
</body></html>
""",
        body="""
今年暑假回乡下，外婆说后山塘边的蒲葵长得正好，可以做几把扇子。我缠着她教我，前前后后学了五天。
第一步是选叶。要挑叶面完整、没有虫眼、叶柄粗细合适的蒲葵叶，割下来以后先在阴凉处摊两天，让叶子慢慢失水变软，不能直接暴晒，否则会裂。
第二步是压平。外婆把叶子一片片叠起来，上面压一块旧门板，再压两块青石，足足压了三个晚上，叶子才平整得像纸一样。
第三步是剪形和锁边。外婆用一只碗扣在叶面上比着剪出圆形，再用细竹篾和棉线沿边缘锁一圈。她的针脚又密又匀，我锁的那把歪歪扭扭，她笑着说“能扇风就是好扇”。
最后用火钳在扇面上烙出几朵小花，一把蒲扇就做成了。外婆说，以前镇上有好几家专做蒲扇的，现在只剩她们几个老人偶尔做几把送人。
我把做扇的过程拍成了照片，打算分享给班上的同学，也想让更多人知道这门手艺。
""",
        date_also=[],
    ),
    dict(
        slug="wechat-liangxi-bamboo-mat-tips",
        site="凉夕生活 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.weixin-mirror.example.cn/s/Lx7Q2mUe0dA",
        title="竹凉席使用与保养安全提示",
        record_title=None,
        date="2024-06-14",
        notes="no record title; account line with the date; 阅读原文/在看 chrome; a 关注 sentence of the document kept",
        page="""
!m 凉夕生活
!t 竹凉席使用与保养安全提示
!m 原创　凉夕生活　2024-06-14 18:00　发表于 浙江
!w 点击上方蓝字“凉夕生活”，设为星标，不错过每一条干货
{BODY}
!l — THE END —
!a 喜欢就点个“在看”吧
!a 阅读原文　　分享　　收藏　　赞
!d 文中部分图片来源网络，如涉及版权请后台留言，我们将第一时间处理。
""",
        body="""
入夏以来，不少家庭把竹凉席搬了出来。蒴城县消费者权益保护委员会结合近期收到的投诉，提醒大家注意以下几点。
一、选购时看做工。优质竹凉席竹片宽窄均匀、表面光滑、无毛刺，边缘包布针脚细密；闻一闻没有刺鼻气味，避免购买经过硫磺熏蒸过度的产品。
二、首次使用先清洗。新席子用温水擦洗两遍，放在通风处阴干，不要在烈日下暴晒，以免竹片开裂。
三、老人孩子要慎用。婴幼儿皮肤娇嫩，老年人和体质较弱者夜间容易着凉，建议在凉席上加铺一层薄棉布。
四、定期除螨。每周用湿毛巾擦拭一次，收纳前彻底晾干，装入透气的布袋存放。
如购买到质量不合格的凉席，可保留购物凭证，拨打12315或向当地消保委投诉。关注“蒴城消保”公众号，可查看每月消费提示。
蒴城县消费者权益保护委员会
""",
    ),
    dict(
        slug="docshare-sanzi-workshop-rules-glued-markers",
        site="共享文档馆 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.gxwdg.com/doc/2471035.html",
        title="馓子加工小作坊卫生管理制度",
        record_title="馓子加工小作坊卫生管理制度（可下载打印）",
        date=None,
        notes="decorated record title; glued '»n«' markers cut sentences; articles speak of 打印/扫码 as content; no date",
        page="""
!m 共享文档馆 — 文档共享 资源互通
!m 分类：行业资料 > 食品加工 > 管理制度
!t 馓子加工小作坊卫生管理制度（可下载打印）
!m 贡献者：面香四溢　　上传于：2小时前　　浏览：96
!a 收藏　　点赞(3)　　下载文档
{BODY}
!a 全文阅读已结束，如需保存请点击“下载本文档”
!d 该资料由用户自行上传，仅用于交流学习，共享文档馆对内容真实性不作保证。
!l 你可能喜欢：食品小作坊登记管理办法　｜　油炸食品加工操作规程　｜　从业人员健康管理制度
""",
        indent="\u3000\u3000",
        pages=dict(fmt="»{n}«", every=160, start=2, glue=True),
        body="""
第一条　为保证馓子产品质量安全，根据《食品小作坊登记管理办法》，结合本作坊实际，制定本制度。
第二条　作坊负责人为食品安全第一责任人，负责组织落实本制度，每日开工前检查加工场所卫生状况。
第三条　从业人员每年进行健康检查，取得健康证明后方可上岗。患有有碍食品安全疾病的人员，应立即调离直接接触食品的岗位。
第四条　和面、搓条、盘条、油炸、包装各工序应分区操作，生熟分开，工具专用并标识清楚。
第五条　炸制用油应使用符合国家标准的食用植物油，连续使用不得超过一个工作日，严禁使用回收油或反复高温煎炸的老油。
第六条　面粉、食用油、食盐等原料应向有资质的供货商采购，索取并留存票据，建立进货查验记录，保存期限不少于两年。
第七条　成品包装上应标明品名、生产日期、保质期和作坊登记证编号，并粘贴县市场监管局统一印制的追溯码，方便消费者扫码查询。
第八条　本制度打印后张贴在作坊醒目位置，由负责人组织全体人员学习并签名确认。
""",
    ),
    dict(
        slug="edu-moxi-bamboo-pole-dance-school-notice",
        site="蒿渡县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.haodu.gov.cn/tzgg/2024/0905/20240905_3381.html",
        title="关于在全县中小学推广竹竿舞大课间活动的通知",
        record_title="关于在全县中小学推广竹竿舞大课间活动的通知 - 蒿渡县教育局",
        date="2024-09-04",
        notes="education portal; document number neutral; data table one row a paragraph; contact beside the bureau's technical line",
        page="""
<html><head><meta charset="utf-8"><title>关于在全县中小学推广竹竿舞大课间活动的通知 - 蒿渡县教育局</title></head>
<body>
<div class="head">⟦m 蒿渡县教育局　立德树人 办人民满意的教育⟧</div>
<div class="menu">⟦m 首页 | 教育要闻 | 通知公告 | 招生考试 | 校园风采 | 政策法规⟧</div>
<div class="pos">⟦m 位置：首页 → 通知公告⟧</div>
<div class="art">
<h3>{T}</h3>
<div class="sub">⟦m 发布日期：2024-09-05　发布单位：体卫艺股　阅读：738⟧</div>
<p align="center">蒿教体〔2024〕17号</p>
{BODY}
<p>⟦a 【打印文章】⟧ ⟦a 【关闭窗口】⟧</p>
</div>
<div class="links">⟦l 友情链接：蒿渡县人民政府 | 市教育局 | 国家中小学智慧教育平台⟧</div>
<div class="bottom">⟦m 地址：蒿渡县城南路5号　网站技术支持：0779-6620015⟧<br>⟦m 版权所有：蒿渡县教育局　桂ICP备12004415号⟧</div>
</body></html>
""",
        date_also=["2024-09-05"],
        body="""
各中小学校：
竹竿舞是我县黎族、壮族群众喜爱的传统体育舞蹈，节奏明快、参与面广，适合在校园开展。为丰富大课间活动内容，促进学生身心健康，县教育局决定在全县中小学推广竹竿舞大课间活动。现将有关事项通知如下。
一、推广安排
第一阶段（9月至10月）：各校选派1至2名体育或音乐教师参加县级培训，学习基本步法和教学组织方法。
第二阶段（11月至12月）：各校在大课间试行，每周不少于两次，每次不少于15分钟。
第三阶段（2025年春季学期）：县教育局组织竹竿舞大课间展示评比。
二、培训安排
培训批次　时间　地点　参训学校
第一批　9月21日　县实验小学　城区各小学
第二批　9月28日　县第二中学　城区各中学
第三批　10月12日　那洪镇中心校　各乡镇学校
三、工作要求
各校要配齐竹竿、垫木等器材，竹竿长度以3至4米为宜，表面打磨光滑；活动场地应平整防滑，教师全程在场指导，防止夹伤、扭伤。
联系人：县教育局体卫艺股 何思燕，电话：0779-6621308。
蒿渡县教育局
2024年9月4日
""",
    ),
    dict(
        slug="intranet-xiyue-wedding-minutes-oa",
        site="喜悦婚礼策划有限公司 OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.xiyue-wedding.local/doc/view.aspx?id=20250311-0042",
        title="2025年春季婚礼旺季服务保障会议纪要",
        record_title="2025年春季婚礼旺季服务保障会议纪要",
        date="2025-03-10",
        notes="intranet document view with 流转记录 and read counts; minutes' 时间/地点/主持 lines; 抄送 line kept",
        page="""
<html><head><meta charset="gbk"><title>公文查看 - 喜悦OA协同办公平台</title></head>
<body>
<div id="top">⟦m 喜悦OA协同办公平台⟧　⟦m 当前用户：行政部 刘倩⟧　<a>⟦a 退出登录⟧</a></div>
<div id="left"><ul><li>⟦m 待办事项(3)⟧</li><li>⟦m 已办事项⟧</li><li>⟦m 公文管理⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div id="main">
<div class="bar">⟦a 打印　导出PDF　转发　返回列表⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 拟稿：总经办　签发：陈立航　密级：内部　已阅：57人⟧</div>
{BODY}
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-03-11 09:12 总经办 陈立航 签发⟧</p>
<p>⟦m 2025-03-11 09:40 行政部 刘倩 分发⟧</p></div>
</div>
<div id="foot">⟦d 本系统仅限公司内部使用，严禁截图外传⟧</div>
</body></html>
""",
        body="""
时间：2025年3月10日（星期一）下午2:30
地点：公司三楼会议室
主持：陈立航
参会：策划部、执行部、花艺部、司仪组、摄影摄像组、客服部负责人
记录：刘倩
会议听取了各部门春季旺季（3月至5月）订单和人员准备情况汇报，研究部署了服务保障工作。纪要如下：
一、关于订单排期。截至3月9日，春季已签订婚礼订单148场，其中5月1日至5日36场。客服部要在3月20日前完成所有订单的二次确认，同一天超过6场的日期不再接单。
二、关于人员调配。执行部实行“一场一主管”，旺季期间取消轮休，每人每月补休不少于4天；司仪组从合作主持人库中增补4名备用司仪。
三、关于物料安全。花艺部对舞台桁架、灯架、背景板逐一检查，户外婚礼必须提前查看天气预报并准备防风方案，搭建高度超过3米的须由持证人员施工。
四、关于客户投诉。客服部要在婚礼结束后3日内完成回访，投诉问题24小时内响应、7日内办结。
抄送：公司董事会，财务部。
""",
    ),
    dict(
        slug="qa-wenda-leicha-shop-question",
        site="问得快 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wendekuai.com/question/58830175",
        title="开一家擂茶馆需要办哪些证？",
        record_title="开一家擂茶馆需要办哪些证？ - 问得快",
        date="2024-08-03",
        notes="Q&A; the answer's 回答于 line is the page's date; vote bar; other answers list",
        page="""
!m 问得快 — 有问题，问得快
!m 首页 > 餐饮创业 > 证照办理
!t 开一家擂茶馆需要办哪些证？
!m 提问者：茶油拌饭　　2024-08-01　　浏览 2140 次
想在镇上开一家擂茶馆，十来个座位，不知道要办哪些手续，求懂的朋友指点。
!m 最佳回答　　答主：餐饮老周　　回答于 2024-08-03 10:26
{BODY}
!l 有用(86)　没用(2)　评论(5)
!l 其他回答（4）
!l 小本经营先去街道问问，各地要求不一样。
!a 我也要回答　　关注问题　　邀请回答
!d 问得快所有回答仅代表答主个人观点，不构成专业意见。
""",
        body="""
擂茶馆属于餐饮服务，一般要办这几样：
1.营业执照。个体工商户到县市场监管局或政务服务中心办理，现在手机上也能申请，一两天就能拿到。
2.食品经营许可证。店里现擂现卖，属于“餐饮服务”类别，要提交场所平面图、设备清单和食品安全管理制度，监管部门会上门核查。
3.从业人员健康证明。店里每个接触食品的人都要有，到县疾控中心或指定医院体检。
4.如果店面面积较大、设有包厢，还要找消防部门问清楚是否需要消防检查。
另外提醒一句，擂茶用的芝麻、花生、茶叶要留好进货单据，擂钵和擂棍每天清洗消毒，检查时会看这些。
""",
    ),
]
