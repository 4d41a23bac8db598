"""holdout153, part D: the first eleven styles again, other documents and other sites.
Invented throughout."""

CASES = [
    dict(
        slug="fanwen-zhuolan-shapan-report-glued-prompt",
        site="卓兰文档范文 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.zhuolanfw.example.com/shuzhi/61740.html",
        title="模型制作车间主任2024年述职报告",
        record_title="【推荐】模型制作车间主任2024年述职报告（精选3篇）_卓兰文档范文",
        date="2025-01-10",
        notes="decorated title; title repeated glued to first sentence; writing-service prompt glued before a sentence; copy-lock line between paragraphs",
        page="""
!m 卓兰文档范文 - 专业范文写作参考
!m 首页 → 述职报告 → 车间主任述职
{T}
!m 时间：2025-01-12　来源：网友投稿
{BODY}
!a 全文完，复制本文请先登录
!l 上一篇：质检员个人述职报告　下一篇：生产主管年终述职
""",
        body="""
各位领导、同事：
2024年，我担任公司模型制作车间主任，带领车间二十六名员工完成沙盘模型项目三十一个，产值较上年增长百分之十八。
一是抓进度。推行项目日报制度，每个项目明确节点，全年按期交付率达到百分之九十七。
⟦a 本站内容已开启复制保护⟧
二是抓质量。建立建筑单体模型首件检验制度，返工率由百分之六降到百分之二。
三是抓安全。⟦w 写材料找卓兰，包过审，QQ 3307712⟧车间配备激光切割机排烟设备，全年未发生安全事故。
不足之处是新工艺学习不够，2025年我将组织员工学习三维打印和数控雕刻技术。
述职人：罗振宇
2025年1月10日
""",
    ),
    dict(
        slug="wenku-yunshu-guiju-report-bracket-markers",
        site="云书文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yunshuwk.example.com/view/c81f27aa09.html",
        title="关于瑗原县桂剧人才队伍建设的调研报告",
        record_title=None,
        date="2025-08-26",
        notes="no record title; page markers 〘n〙 glued to the continuation; title printed above the text; VIP prompt",
        pages=dict(fmt="〘{n}〙", every=70, start=2, glue=True),
        page="""
!m 云书文库　|　海量文档免费阅读
!m 贡献者：wenhua_yy　　上传于：2025-09-02　　浏览：371
{T}
{BODY}
!a 开通云书VIP，全站文档免费下载
!d 本文档为用户分享，若侵犯您的权益，请通过页面底部的举报入口反馈。
""",
        body="""
今年7月，县政协调研组就全县桂剧人才队伍建设情况开展了专题调研。
全县现有桂剧专业演职人员四十七人，其中演员二十九人、乐队十一人、舞美七人；五十岁以上的占百分之四十五，青年人才明显不足。
存在的问题主要有三：一是待遇偏低，优秀青年演员流失较多；二是培养周期长，一个演员从学艺到登台往往要七八年；三是编剧、作曲等创作人才几乎空白。
建议设立桂剧人才专项资金，与艺术院校开展定向培养，每年选派青年演员外出进修。
瑗原县政协调研组
2025年8月26日
""",
    ),
    dict(
        slug="gov-ruiling-yaoshan-policy-html-qr",
        site="瑞岭市卫生健康委员会 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://wjw.ruiling.example.gov.cn/zwgk/tzgg/202507/t20250704_1193.html",
        title="关于开展中医药膳进社区活动的通知",
        record_title="关于开展中医药膳进社区活动的通知_瑞岭市卫生健康委员会",
        date="2025-07-04",
        notes="modern bureau page with 长辈版 row, share icons, related docs, 文号 neutral; numbered list; 抄送 line",
        page="""
<html><head><meta charset="utf-8"><title>关于开展中医药膳进社区活动的通知_瑞岭市卫生健康委员会</title>
<script type="text/javascript">var siteId=31;</script></head><body>
<div class="top">⟦a 长辈版⟧ ⟦a 简/繁⟧ ⟦a 登录⟧</div>
<div class="banner">⟦m 瑞岭市卫生健康委员会⟧</div>
<div class="nav">⟦m 首页　机构概况　政务公开　办事服务　健康瑞岭⟧</div>
<div class="pos">⟦m 首页 > 政务公开 > 通知公告⟧</div>
<h1>{T}</h1>
<p class="wh">瑞卫中医函〔2025〕22号</p>
<div class="info">⟦m 来源：中医药科　发布时间：2025-07-04 10:16　浏览次数：642⟧</div>
<div class="article">
{BODY}
</div>
<div class="fx">⟦l 分享：微信 微博 复制链接⟧</div>
<div class="xg">⟦l 相关文件：⟧ ⟦l 瑞岭市中医药发展“十四五”规划⟧</div>
<div class="foot">⟦m 瑞岭市卫生健康委员会版权所有　网站标识码：4512000031⟧</div>
</body></html>
""",
        body="""
各县（区）卫生健康局，委直属各医疗机构：
为普及中医食养知识，市卫健委决定于7月至10月开展中医药膳进社区活动。
1. 每个县（区）至少选择五个社区，每个社区举办药膳讲座和现场制作体验各一次。
2. 各中医医院选派药膳师和中医师组成服务队，讲座内容以常见体质调理和季节食养为主。
3. 活动结束后，各地于10月31日前报送活动总结。
瑞岭市卫生健康委员会
2025年7月4日
抄送：市中医药学会。
""",
    ),
    dict(
        slug="news-daixian-shapan-exhibit-text-related",
        site="玳县融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.daixianrm.example.cn/xw/2025/1012/30771.html",
        title="玳县城市规划馆沙盘“活”起来了",
        record_title="玳县城市规划馆沙盘“活”起来了 丨玳县融媒",
        date="2025-10-12",
        record_date="2025-10-12",
        notes="county media text page: dotted byline date, photo caption line between paragraphs, related list, app download prompt",
        page="""
!m 玳县融媒　掌上玳县
{T}
!m 2025.10.12　13:47　玳县融媒记者　覃雅楠
{BODY}
!m 编辑：黄诗琪　审核：陆光明
!a 下载“掌上玳县”App，看更多本地新闻
!l 相关新闻
!l · 玳县新城片区控制性详细规划公示
!l · 县城新增两处口袋公园
""",
        body="""
走进玳县城市规划馆，一座面积达一百二十平方米的城市沙盘映入眼帘，随着讲解员按下按钮，沙盘上的城区道路依次亮起。
这是规划馆今年更新改造后的新沙盘，除了灯光，还加装了投影系统，可以在沙盘上动态展示城市发展历程。
⟦m ▲ 市民在规划馆参观城市沙盘。覃雅楠 摄⟧
“以前只能看个大概，现在哪里建学校、哪里修公园一目了然。”市民刘阿姨说。
据了解，规划馆周二至周日免费开放，每天接待参观者三百余人次。
""",
    ),
    dict(
        slug="forum-discuz-xiqu-guiju-jammer-html",
        site="梨园听雨戏曲论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.liyuantingyu.example.com/forum.php?mod=viewthread&tid=51207",
        title="第一次登台唱桂剧《拾玉镯》的感受",
        record_title="第一次登台唱桂剧《拾玉镯》的感受 - 票友天地 - 梨园听雨戏曲论坛",
        date="2025-05-18",
        notes="Discuz-like forum with jammer fonts (junk glued and as lines), floor info, signature, 发表于 date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>第一次登台唱桂剧《拾玉镯》的感受 - 票友天地 - 梨园听雨戏曲论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 梨园听雨戏曲论坛⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 票友天地 › 查看内容⟧</div>
<div class="ts"><h1>{T}</h1>⟦m [复制链接]⟧</div>
<div class="authi">⟦m 青衣小蒙 发表于 2025-5-18 22:07⟧ ⟦m 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 个性签名：戏比天大，唱好每一句⟧</div>
<div class="po">⟦l 回复 支持 反对 举报⟧</div>
<div id="ft">⟦d Powered by Discuz! 本站帖子仅代表作者观点⟧</div>
</body></html>
""",
        body="""
学了三年桂剧，今天终于在社区戏曲晚会上唱了《拾玉镯》里孙玉姣的一段，写几句记下来。
上台前手心全是汗，老师一直提醒我先稳住气息，锣鼓一起就跟着板眼走。
唱到喂鸡那段，台下有人叫好，我一下子就放松了，后面的身段也做得比排练时顺。
下台后老师说我咬字还有点“普通话腔”，桂剧要用桂林官话唱，这个得继续练。
票友们有兴趣可以来城南文化站，每周六下午我们都在那里排练。
""",
    ),
    dict(
        slug="blog-shiyang-yaoshan-recipe-tags",
        site="小满的食养日记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://xiaoman.example.blog/posts/2025-11-08-huangqi",
        title="入冬后我家常做的三道药膳",
        record_title="入冬后我家常做的三道药膳 | 小满的食养日记",
        date="2025-11-08",
        notes="blog: bracketed post time is the date, tag cloud, archive, reward button; numbered recipe list",
        page="""
!m 小满的食养日记
!m 首页　食谱　读书　关于
{T}
!m [2025-11-08 20:31]　分类：家常药膳　评论(9)
{BODY}
!a 喜欢这篇就打赏一杯茶吧
!l 标签云：黄芪 山药 羊肉 冬季 食养
!l 文章归档：2025年11月(3)　2025年10月(5)
""",
        body="""
入冬以后，家里老人怕冷，我常做这三道药膳，做法简单，分享给大家。
1. 黄芪炖鸡：黄芪十五克、红枣五颗，与鸡块同炖一个半小时。
2. 当归生姜羊肉汤：当归十克、生姜三片，羊肉先焯水再炖，汤清不膻。
3. 山药莲子粥：山药切块，莲子提前泡软，与大米同煮。
药膳不是药，体质不同效果也不同，感冒发热时先别吃。
""",
    ),
    dict(
        slug="wechat-html-zhuoying-shapan-job-recruit",
        site="阅微号 (invented WeChat mirror)",
        style="公众号镜像",
        genre="招聘启事",
        kind="notice",
        form="html",
        source="https://www.yueweihao.example.com/s/Pa8w2mQx",
        title="衡景模型招聘沙盘制作技师",
        record_title=None,
        date="2025-03-03",
        notes="WeChat-style mirror HTML: account row with date, 原创 badge, 在看/分享 row, QR follow block, 投递 e-mail kept",
        page="""
<html><head><meta charset="utf-8"><title>衡景模型招聘沙盘制作技师</title></head><body>
<div class="mirror">⟦m 阅微号 · 好文章值得被收藏⟧</div>
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 原创⟧ ⟦m 衡景模型⟧ ⟦m 2025年03月03日 08:00⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 分享　收藏　在看　点赞⟧</div>
<div class="qr">⟦a 微信扫一扫，关注该公众号⟧</div>
</body></html>
""",
        body="""
因业务发展需要，公司现招聘沙盘制作技师四名。
岗位要求：熟悉建筑图纸，会使用激光切割机和雕刻机，有两年以上模型制作经验者优先。
薪资待遇：月薪六千至九千元，缴纳五险一金，提供员工宿舍。
有意者请将简历发送至 hr@hengjing-model.example.com，邮件标题注明“应聘技师+姓名”。
""",
    ),
    dict(
        slug="docshare-html-pagemarkers-guiju-plan",
        site="文档云阅 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.wendangyunyue.example.com/read/448120.html",
        title="桂剧非遗进景区展演活动实施方案",
        record_title="桂剧非遗进景区展演活动实施方案（可编辑版）",
        date="2025-06-05",
        notes="sharing reader: page markers as HTML paragraphs between halves of a cut paragraph; download button; upload notice",
        pages=dict(fmt="·第{n}页·", every=70, start=2),
        page="""
<html><head><meta charset="utf-8"><title>桂剧非遗进景区展演活动实施方案（可编辑版）-文档云阅</title></head><body>
<div class="hd">⟦m 文档云阅⟧ ⟦a 登录 注册⟧</div>
<div class="info">⟦m 页数：3　格式：DOC　上传时间：2025-06-20⟧</div>
<div class="reader">
<h3>{T}</h3>
{BODY}
</div>
<div class="btn">⟦a 立即下载（需3个云币）⟧ ⟦a 加入文件夹⟧</div>
<div class="ft">⟦d 文档版权归上传者所有，如有侵权请联系客服删除⟧</div>
</body></html>
""",
        body="""
为推动桂剧与旅游融合发展，决定在县内三个景区开展桂剧非遗展演活动，特制定本方案。
一、展演时间：2025年7月1日至10月7日，每逢周六、周日及节假日展演。
二、展演地点：漓畔古镇戏台、琪山景区游客中心广场、瑶乡风情园。
三、展演内容：以传统折子戏和桂剧经典唱段为主，每场时长四十分钟，演出间隙开展桂剧服饰体验和脸谱绘制互动。
四、保障措施：景区负责场地和音响，县桂剧团负责演出人员，县文旅局负责统筹协调和宣传推广。
琪田县文化广电体育和旅游局
2025年6月5日
""",
    ),
    dict(
        slug="edu-yuehu-yaoshan-canteen-letter-text",
        site="玥湖县第二中学 (invented)",
        style="教育门户",
        genre="致家长的一封信",
        kind="letter",
        form="text",
        source="http://www.yhez.example.edu.cn/xxgg/2025/1015/288.html",
        title="致全校家长的一封信——关于食堂推出药膳汤品的说明",
        record_title="致全校家长的一封信——关于食堂推出药膳汤品的说明_玥湖二中",
        date="2025-10-15",
        notes="school site: 回执 kept, 扫码 as content; school hotline vs canteen manager phone",
        page="""
!m 玥湖县第二中学　厚德　笃学
!m 当前位置：学校公告
{T}
!m 发布：校办　2025-10-15　阅读：1833
{BODY}
!m 学校地址：玥湖县学府路3号　总值班电话：0773-6201100
!l 【返回顶部】【关闭】
""",
        body="""
尊敬的家长：
入秋以来天气干燥，为帮助学生调理身体，学校食堂从10月20日起每周二、周四午餐增加一款药膳汤品，如雪梨百合汤、山药排骨汤，不额外收费。
所用食材均为药食同源物质，配方经县中医医院药膳师审定。
如孩子对某些食材过敏，请扫描班级群内二维码填写回执，或直接联系食堂管理员莫老师，电话：0773-6203318。
回执：学生姓名＿＿＿＿　班级＿＿＿＿　过敏食材＿＿＿＿
玥湖县第二中学
2025年10月15日
""",
    ),
    dict(
        slug="oa-shiyang-restaurant-safety-summary",
        site="食养居餐饮集团OA (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://oa.shiyangju.example.com/km/doc/2025/0702",
        title="食养居药膳餐厅上半年食品安全工作总结",
        record_title="内网资讯-食养居药膳餐厅上半年食品安全工作总结",
        date="2025-07-02",
        notes="intranet export: approval trail, read receipts; table of inspections",
        page="""
!m 食养居协同办公 > 知识文档 > 安全管理
{T}
!m 拟稿：品控部 韩思远　｜　阅读 62 次　｜　密级：内部
{BODY}
!l 审批记录：品控部经理 同意 2025-07-03；总经理 已阅 2025-07-03
!d 内部文件，仅供集团员工阅读
""",
        body="""
上半年，集团各药膳餐厅认真落实食品安全主体责任，未发生食品安全事故。
门店　自查次数　整改问题
城中店　24次　7个
滨江店　24次　5个
高新店　22次　9个
主要做法：一是药材进货实行双人验收；二是每月请第三方检测机构抽检一次；三是组织全员食品安全培训两次。
下半年将重点解决高新店后厨布局不合理的问题。
品控部
2025年7月2日
""",
    ),
    dict(
        slug="qa-xiaozhi-guiju-difference-answer",
        site="晓知问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.xiaozhiwenda.example.com/q/772019",
        title="桂剧和粤剧有什么区别？",
        record_title="桂剧和粤剧有什么区别？ - 晓知问答",
        date=None,
        notes="Q&A with a relative answer time only (no date); vote bar; 'write an answer' prompt",
        page="""
!m 晓知问答 — 每个问题都值得认真回答
{T}
!m 关注者 128　被浏览 9,406
!m 戏曲爱好者阿琴　·　编辑于 昨天 21:05
{BODY}
!l 赞同 217　｜　9 条评论　｜　分享　｜　收藏
!a 写回答
!l 更多回答 ↓
""",
        body="""
两者都是南方的地方大戏，但区别很明显。
一是语言不同：桂剧用桂林官话演唱，属于西南官话；粤剧用粤语演唱。
二是声腔不同：桂剧以弹腔为主，兼唱高腔、昆腔等；粤剧以梆子、二黄为主，还吸收了大量广东民间小调。
三是流行地区不同：桂剧主要流行于广西北部和湖南南部；粤剧流行于广东、广西南部和港澳地区。
""",
    ),
]
