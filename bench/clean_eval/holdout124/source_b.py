"""holdout124, part B: news portals, forums, blogs, WeChat mirrors. Invented text."""

CASES = [
    dict(
        slug="news-yunfu-railway-station-spring-rush",
        site="云阜新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yunfunews.cn/bendi/2025-01/27/content_702215.htm",
        title="云阜高铁站迎来返乡客流高峰 日均发送旅客超3万人次",
        record_title="云阜高铁站迎来返乡客流高峰 日均发送旅客超3万人次_本地要闻_云阜新闻网",
        date="2025-01-27",
        notes="news page: photo caption between paragraphs, a 'read also' link inside the body, byline time the page date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>云阜高铁站迎来返乡客流高峰 日均发送旅客超3万人次_本地要闻_云阜新闻网</title>
<script>window.adSlots=["top","side"];</script></head><body>
<div class="hd"><span>⟦m 云阜新闻网 · 云阜日报社主办⟧</span><span>⟦a 手机版⟧ ⟦a 数字报⟧ ⟦a 客户端下载⟧</span></div>
<div class="nav">⟦m 首页 | 本地要闻 | 民生 | 经济 | 文旅 | 视频⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 2025-01-27 08:46:13　来源：云阜日报　记者 柏宁 通讯员 郁晴⟧</div>
{BODY}
<div class="editor">⟦m 【责任编辑：沈可】⟧</div>
<div class="share">⟦l 分享至 朋友圈 微博 复制链接⟧</div></div>
<div class="side"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 云阜今冬首场降雪将至⟧</li><li>⟦l 年货市场人气旺⟧</li><li>⟦l 城区新增停车泊位1200个⟧</li></ol></div>
<div class="ft">⟦d 未经云阜新闻网书面授权，不得转载、摘编本网作品。⟧<br>⟦m 互联网新闻信息服务许可证：43120230007⟧</div>
</body></html>
""",
        body="""
春运进入第14天，云阜高铁站迎来返乡客流高峰。记者从车站了解到，1月20日以来，车站日均发送旅客3.2万人次，较去年同期增长11%，预计除夕前三天客流将达到峰值。
⟦m 图为旅客在云阜高铁站进站口有序排队候车。记者 柏宁 摄⟧
为应对客流高峰，车站增开了临时售票窗口4个，在进站口增设安检通道2条，并在候车室设置“重点旅客服务区”，为老年人、孕妇和带小孩的旅客提供预约引导服务。
“今年多开了几趟晚上的车，下班后直接就能走。”在深圳务工的谭女士说。据介绍，铁路部门春运期间在云阜站增开夜间高铁列车6对，并根据售票情况动态增开临客。
⟦l 延伸阅读：春运首日全市道路运输平稳有序⟧
车站提醒旅客，春运期间客流较大，请提前1小时到站，携带有效身份证件，注意保管好随身物品。
""",
    ),
    dict(
        slug="news-tanghe-peach-festival-editor-glued",
        site="棠河融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.tanghe-rm.com/news/xiangzhen/202503/28/9917.html",
        title="棠河第十届桃花节开幕 三万余名游客踏青赏花",
        record_title="棠河第十届桃花节开幕 三万余名游客踏青赏花",
        date="2025-03-28",
        notes="editor line glued after the last paragraph; time line is the page's date",
        page="""
!m 棠河融媒　｜　棠河县融媒体中心
!m 首页 / 乡镇动态 / 正文
{T}
!m 2025年03月28日 09:12　棠河融媒记者：庞晓川　阅读 4612
{BODY}
!a 点赞 36　　转发　　收藏
!l 往期回顾：棠河县春季植树活动启动｜油菜花海迎客来
!d 本网原创稿件，转载请注明出处。
""",
        indent="\u3000\u3000",
        body="""
3月27日，棠河县第十届桃花节在凤鸣镇万亩桃园开幕。开幕当天，三万余名游客走进桃园，赏花、踏青、品农家菜，感受浓浓春意。
本届桃花节以“桃红棠河·花开富民”为主题，为期二十天，安排了桃园音乐会、农民画展、乡村集市等十余项活动。
凤鸣镇桃园种植面积达1.1万亩，以早熟水蜜桃和黄桃为主，去年桃子销售收入超过8000万元。近年来，镇里依托桃园发展农家乐42家，带动周边群众就业1500余人。
“花开的时候卖门票、卖小吃，桃子熟了再卖桃，一年两季都有收入。”桃农阎四喜笑着说。⟦m （编辑：贺敏　审核：程立）⟧
""",
    ),
    dict(
        slug="forum-yuyou-perch-jammer-discuz",
        site="渔友之家论坛 (invented, Discuz-style)",
        style="论坛",
        genre="经验总结",
        kind="other",
        form="html",
        source="https://bbs.yuyouzj.com/thread-402217-1-1.html",
        title="加州鲈鱼池塘高密度养殖的几点经验",
        record_title="[养殖经验] 加州鲈鱼池塘高密度养殖的几点经验 - 淡水鱼养殖 - 渔友之家论坛",
        date="2025-07-04",
        notes="Discuz page with jammer-font junk; record title with board and site; date in the 发表于 line",
        page="""
<html><head><meta charset="gbk"><title>[养殖经验] 加州鲈鱼池塘高密度养殖的几点经验 - 淡水鱼养殖 - 渔友之家论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦m 渔友之家论坛⟧　<a>⟦a 快捷导航⟧</a>　<a>⟦a 登录⟧</a>　<a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 渔友之家 › 养殖技术 › 淡水鱼养殖 › 查看内容⟧</div>
<div class="hm">⟦m 查看: 5327 | 回复: 48⟧</div>
<h1>⟦t [养殖经验] 加州鲈鱼池塘高密度养殖的几点经验⟧</h1>
<table><tr><td class="pls">⟦m 塘边老杭⟧<br>⟦m 积分 2214 | 主题 51⟧</td>
<td class="plc"><div class="pi">⟦m 发表于 2025-7-4 22:31 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="po">⟦a 回复 支持 反对 举报⟧</div>
<div class="reply">⟦l 沙发　鲤鱼跳跳 发表于 2025-7-5 06:12　干货，收藏了⟧</div>
<div class="reply">⟦l 板凳　南湖渔夫 发表于 2025-7-5 09:40　请问投喂量怎么掌握？⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　|　渔友之家　|　Archiver　|　手机版⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
养鲈鱼十一年了，今年塘口亩产做到了3400斤，说几点自己的体会，供各位鱼友参考。
一是塘口要改造。高密度养殖塘最好在5到8亩，水深2.5米以上，每亩配足1.5千瓦的增氧机，最好再加一套微孔底增氧。
二是苗种要挑。选规格整齐、无伤无病的驯化苗，放苗前用盐水浸泡消毒，放苗密度控制在每亩4500尾左右。
三是投喂要定时定量。我是一天两次，早上七点、傍晚六点，阴雨天减半，看鱼吃食情况随时调整。
四是水质要勤测。每天早晚各测一次溶氧和氨氮，每隔十天左右用一次微生物制剂，保持水色嫩绿。
五是病害以防为主。今年我塘里没出过大问题，关键就是不乱用药，发现病鱼第一时间送县水产站化验。
""",
    ),
    dict(
        slug="forum-muyang-alpaca-junk-lines-text",
        site="牧羊人社区 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.muyangren.org/forum/viewthread.php?tid=33106",
        title="关于暂停羊驼牧场周末亲子参观活动的通知",
        record_title=None,
        date="2025-08-22",
        notes="no record title; forum junk lines and glued; repost of a ranch's notice with its own signature date; forum post date differs",
        date_also=["2025-08-23"],
        page="""
!m 牧羊人社区 › 特色养殖 › 羊驼 / 驼类
!m 楼主：高原小驼　　发表于 2025-08-23 10:05　　[只看楼主]
!t 【转】关于暂停羊驼牧场周末亲子参观活动的通知
{BODY}
!m 来自 牧羊人社区手机版
!a 回复　｜　引用　｜　点赞(12)
!l 1# 草原风：支持，羊驼也要休息
!l 2# 小鹿乱撞：什么时候恢复？孩子天天念叨
!a 游客请先登录后再参与讨论
""",
        junk=dict(lines=2, glued=2),
        body="""
各位游客朋友：
近期气温持续偏高，牧场内部分羊驼出现食欲下降、中暑等情况。为保障动物健康和游客安全，经研究，本牧场决定自8月23日起暂停周末亲子参观活动。
暂停期间，牧场将对羊驼圈舍进行遮阳改造，增设喷淋降温设施，并请兽医对全部62只羊驼进行健康检查。
已预约8月23日至9月14日参观的游客，门票费用将在5个工作日内原路退回。恢复开放时间另行通知。
给大家带来不便，敬请谅解。
银坝羊驼生态牧场
2025年8月22日
""",
    ),
    dict(
        slug="blog-kongzhu-diabolo-club-archive",
        site="抖空竹的老梁 (invented blog)",
        style="博客",
        genre="活动总结",
        kind="summary",
        form="html",
        source="https://liangkongzhu.blog.example.net/post/2025/06/2048.html",
        title="公园空竹队上半年活动小结",
        record_title="公园空竹队上半年活动小结 | 抖空竹的老梁",
        date="2025-06-30",
        notes="blog: tag cloud, archive, comment box; bracketed post time; date from the post time",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公园空竹队上半年活动小结 | 抖空竹的老梁</title></head><body>
<header><h2>⟦m 抖空竹的老梁⟧</h2><p>⟦m 一根线，两根杆，转出好身体⟧</p></header>
<nav>⟦m 首页　随笔　空竹技巧　相册　关于我⟧</nav>
<article><h1>{T}</h1>
<p class="time">⟦m [2025-06-30 21:48]⟧ ⟦m 分类：队里的事⟧</p>
{BODY}
<p class="tags">⟦l 标签：空竹 健身 老年生活⟧</p>
<p class="pn">⟦l « 教新队员的三个基本功⟧　⟦l 端午节公园展演记 »⟧</p></article>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年6月 (4)⟧</li><li>⟦l 2025年5月 (6)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 双轮空竹 单轮 抖杆 比赛 老伙计⟧</p></aside>
<section class="comments"><h4>⟦l 评论（3）⟧</h4><p>⟦l 晨练的小孙：梁老师辛苦了！⟧</p><p>⟦a 发表评论需要先登录⟧</p></section>
<footer>⟦m © 2025 抖空竹的老梁 · 由 博客园子 提供技术支持⟧</footer>
</body></html>
""",
        body="""
转眼半年过去了，趁着晚上有空，把咱们湖滨公园空竹队上半年的情况记一记。
队员从年初的23人增加到31人，年龄最大的78岁，最小的是放暑假来学的小学生，才9岁。
上半年一共组织集中练习96次，基本上是每天早上六点半到八点，下雨就挪到廊亭底下。
4月份参加了区里的全民健身展演，我们的《双龙戏珠》拿了二等奖。5月份去社区养老中心表演了两场，老人们看得特别高兴。
下半年打算再带十个新学员，另外想请区体育总会的老师来给大家讲讲怎么防止肩膀劳损。
""",
    ),
    dict(
        slug="blog-dianqi-teacher-electrician-oneline",
        site="电工老白的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://blog.example-dg.cn/laobai/article/77315",
        title="带电工实训课十年的一点心得",
        record_title="带电工实训课十年的一点心得 - 电工老白的博客 - 个人空间",
        date=None,
        notes="the whole body on one line; no date (relative posting time only)",
        page="""
!m 电工老白的博客　　教书、接线、过日子
!m 博客首页 | 日志 | 相册 | 留言板
{T}
!m 发表于 5天前　　阅读(731)　评论(9)
{BODY}
!l 分类：教学随笔 | 标签：电工 实训 安全
!l 上一篇：给学生讲漏电保护器的一次课　下一篇：三相电机接线口诀
!a 转载　　分享　　收藏　　举报
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
在职业学校带电工实训课，一晃十年了。
第一条心得是安全永远排第一，每堂课开头五分钟我都讲安全，学生说我啰嗦，但十年来实训室没出过一次触电事故。
第二条是让学生多动手，一个配电箱，我宁愿让他们拆了装、装了拆，也不愿意光在黑板上画图。
第三条是把考证和实训结合起来，低压电工作业证的实操题，我都拆成小任务放到平时的课里。
第四条是多讲真实案例，学生对书上的条文记不住，对身边发生的事故却印象很深。
""",
    ),
    dict(
        slug="wechat-shaoniangong-summer-enrol-html",
        site="青苗少年宫 WeChat mirror (invented)",
        style="公众号镜像",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://wx.mirror-example.com/s/QmMiaoSNG_2025summer",
        title="青苗少年宫2025年暑期公益班招生简章",
        record_title="青苗少年宫2025年暑期公益班招生简章",
        date="2025-06-25",
        notes="WeChat mirror: 扫码/关注 in the body (kept); account date line; 阅读原文/在看 chrome; course table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>青苗少年宫2025年暑期公益班招生简章</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创　青苗少年宫　青苗少年宫　2025年06月25日 18:30　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦a 阅读原文⟧　⟦m 阅读 1.9万⟧　⟦a 分享⟧　⟦a 推荐⟧　⟦a 在看⟧</div>
<div class="mirror">⟦d 本页面为公众号文章镜像，内容版权归原公众号所有。⟧</div>
</div></body></html>
""",
        p_html='<section><p style="line-height:1.75">{}</p></section>',
        body="""
暑假即将来临，为丰富全县少年儿童暑期生活，青苗少年宫开设2025年暑期公益班，现将招生事项公布如下。
一、招生对象：全县在校小学二至六年级学生。
二、开设班级
班级　上课时间　名额
少儿书法　周一、周三上午　30人
少儿合唱　周二、周四上午　40人
科技小制作　周五全天　25人
三、报名方式：7月1日上午9时起，家长扫描下方二维码进入报名小程序填写信息，每名学生限报一个班。
四、温馨提示：请关注“青苗少年宫”公众号，开班通知和课程调整都会在公众号第一时间发布。
咨询电话：0739-6021558（工作日9:00—17:00）。
""",
    ),
    dict(
        slug="wechat-xinqiao-mental-hotline-text",
        site="心桥热线 WeChat mirror (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://weixin.example-mirror.org/a/xinqiao/20250910",
        title="世界预防自杀日，心桥热线致全市市民的一封信",
        record_title="世界预防自杀日，心桥热线致全市市民的一封信",
        date="2025-09-10",
        notes="WeChat mirror text: account line; hotline number inside the body kept; 'scan to follow' card at the end",
        page="""
{T}
!m 心桥心理援助热线　2025-09-10 07:30　发表于江西
!m 收录于合集 #心理科普 27个
{BODY}
!a ▲ 长按识别二维码，关注“心桥心理援助热线”
!a 👍 点个“在看”，把温暖传给更多人
!l 往期推荐｜失眠了怎么办？｜和青春期孩子好好说话
""",
        body="""
亲爱的市民朋友：
今天是世界预防自杀日。心桥心理援助热线开通七年来，共接听来电4.6万余次，陪伴了许多在深夜里感到无助的人。
我们想告诉大家：情绪低落不是软弱，寻求帮助更不是丢人的事。当您或身边的人长期失眠、没有兴趣做任何事、反复说“活着没意思”时，请一定重视。
热线号码是0791-86218000，24小时有专业心理咨询师值守，您的每一次倾诉都会被认真对待、严格保密。
也请大家多一点耐心，多陪陪家人朋友，一句“最近还好吗”，也许就能照亮一个人的夜晚。
心桥心理援助热线
2025年9月10日
""",
    ),
]
