"""holdout91, part E. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="app-humai-speech-throat-singing-troupe",
        site="妙笔范文APP分享页 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.miaobiapp.cn/t/8KxQ2mZr",
        title="在呼麦艺术团新团员入团仪式上的讲话",
        record_title="在呼麦艺术团新团员入团仪式上的讲话（通用版）",
        date="2024-03-21",
        notes="app share page: open-in-app prompts; date under the speech title; speaker line neutral",
        page="""
!a 打开妙笔APP，查看更多精选范文
!m 妙笔范文 · 讲话致辞
{T}
团长　阿拉坦仓
（2024年3月21日）
{BODY}
!a 已阅读全文　　AI帮我改写　　一键套用模板
!l 同类范文：在民族乐团成立仪式上的致辞　／　新团员代表发言稿
!m 来自妙笔范文APP · 用户“草原长调”分享
""",
        body="""
各位新团员、同志们：
今天，有9位年轻人正式加入我们呼麦艺术团。我代表艺术团全体成员，向你们表示热烈欢迎！
呼麦是一人同时发出两个声部的古老歌唱技艺，学好它没有捷径，要靠一天天练气、一遍遍找共鸣。希望你们拜好师、练好功，三年内都能独立登台演唱。
艺术团每年要下基层演出40场以上，希望大家吃得了苦、守得住心，把草原的声音唱给更多的人听。
""",
    ),
    dict(
        slug="app-yongchun-summary-wing-chun-gym-html",
        site="材料通APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.cailiaotong.app/share/doc/337120",
        title="咏春拳馆2023年度工作总结",
        record_title=None,
        date=None,
        notes="mobile share page; no record title; no date anywhere (only '上次编辑 5 天前')",
        page="""
<!DOCTYPE html>
<html><head><meta name="viewport" content="width=device-width"><title>材料通</title><script src="/h5/bridge.js"></script></head>
<body>
<div class="banner">⟦a 下载材料通APP 海量范文随时写⟧ ⟦a 打开⟧</div>
<div class="doc"><h1>{T}</h1>
<div class="user">⟦m 武馆小秘书 · 上次编辑 5 天前 · 1.2k 次浏览⟧</div>
{BODY}
</div>
<div class="mask">⟦a 剩余内容已折叠，在APP内继续阅读⟧</div>
<div class="tab">⟦l 首页⟧ ⟦l 范文⟧ ⟦l 我的⟧</div>
</body></html>
""",
        body="""
2023年，拳馆在会长带领下，坚持传承咏春拳法、服务社区健身，各项工作稳步推进。
一、教学方面：全年开设成人班6期、少儿班10期，在册学员达到320人，较上年增加35%。
二、比赛方面：组织学员参加省传统武术锦标赛，获得小念头套路金牌2枚、木人桩银牌1枚。
三、公益方面：走进社区和学校开展咏春健身公益课26场，服务群众2000余人次。
四、存在不足：场地面积偏小，高峰时段学员练习拥挤。新的一年将争取扩建训练场地。
""",
    ),
    dict(
        slug="examforum-shijianyinhang-answer-interview",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.shanganba.com/thread-66107-1-1.html",
        title="结构化面试真题：社区推行“时间银行”互助养老，你怎么看？",
        title_also=["社区推行“时间银行”互助养老，你怎么看？"],
        record_title="结构化面试真题：社区推行“时间银行”互助养老，你怎么看？（附参考答案）",
        date=None,
        notes="exam forum with junk; numbered answer; relative time only: no date",
        page="""
!m 上岸吧公考论坛 › 面试交流 › 真题解析
!m 楼主：面霸老徐　｜　发表于 半小时前　｜　回复可见隐藏内容
{T}
{BODY}
!l 回复本帖可获取更多真题答案
!l 沙发 备考人小周：收藏了，明天模拟用
!a 扫码进面试刷题群　每日一练
!d 本论坛内容仅供考生交流学习
""",
        junk=dict(lines=2, glued=1),
        body="""
“时间银行”是指志愿者把参与养老服务的时间存起来，等自己需要时再提取相应服务。我认为这是一种值得推广的互助养老模式。
一是能够缓解养老服务人手不足的问题，让低龄老人帮扶高龄老人，实现“以老助老”。
二是能够弘扬邻里互助的社会风尚，增强社区凝聚力。
三是需要完善制度保障。要建立统一的时间存储和兑换平台，防止“存了取不出”；要对服务质量进行评价，保障参与者权益。
如果我是社区工作人员，我会先从组织动员低龄老人入手，做好时间记录和兑换工作，让“时间银行”真正运转起来。
""",
    ),
    dict(
        slug="examforum-ludeng-essay-streetlight-html",
        site="公考人家园 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://www.gkrjy.com/forum/t/228861",
        title="申论范文：点亮一盏灯，照亮民生路",
        record_title="申论范文：点亮一盏灯，照亮民生路 - 申论专区 - 公考人家园",
        date=None,
        notes="exam forum page; the essay speaks of 扫码报修 as its content; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>申论范文：点亮一盏灯，照亮民生路 - 申论专区 - 公考人家园</title></head>
<body>
<div class="top">⟦m 公考人家园⟧ ⟦m 一起上岸⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="bc">⟦m 公考人家园 » 申论专区 » 范文赏析⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 申论小灯 发表于 2 小时前 | 查看: 1033 | 回复: 21⟧</div>
<div class="content">
{BODY}
</div>
<div class="sign">⟦l 签名：今年一定上岸！⟧</div>
<div class="ft">⟦d 网友发言仅代表其个人观点⟧ ⟦m 京ICP备20012390号⟧</div>
</body></html>
""",
        body="""
夜幕降临，城市的路灯次第亮起。一盏路灯虽小，却关乎群众出行安全，是城市治理“绣花功夫”的缩影。
前些年，一些老旧小区和城郊道路路灯缺失、损坏后长期无人维修，“黑路”让群众夜里出门提心吊胆。
如今，不少地方给每根灯杆贴上二维码，群众扫码即可报修，维修人员24小时内到场处理。小小的二维码，打通了服务群众的“最后一米”。
点亮一盏灯，照亮的是民生路，温暖的是百姓心。城市治理，就应当从这样的小事做起。
""",
    ),
    dict(
        slug="wiki-zhuangbiao-entry-mounting-workshop",
        site="百知百科 (invented)",
        style="百科问答",
        genre="规章制度",
        kind="other",
        form="text",
        source="https://baike.baizhi.cn/item/装裱工作室管理制度/88120",
        title="书画装裱工作室管理制度",
        record_title="书画装裱工作室管理制度 - 百知百科",
        date=None,
        notes="encyclopaedia page: 目录 box, 词条统计; numbered rules; no date",
        page="""
!m 百知百科　　　　首页　分类　特色百科
!a 编辑　　讨论　　收藏　　赞
{T}
!l 目录　1 总则　2 作品收件　3 操作规范　4 安全管理
!m 本词条由“书画修复”科学百科团队参与编辑并审核
{BODY}
!m 词条统计　浏览次数：3867次　编辑次数：4次　最近更新：墨香斋主
!d 百知百科内容均由网友编辑，仅供参考。
""",
        body="""
1 总则：为规范书画装裱工作，保证委托作品安全，制定本制度。
2 作品收件：收件时须当面查验作品尺寸、破损情况，拍照留档，并由委托人签字确认。
3 操作规范：托心、覆背、上墙、砑光等工序严格按工艺要求操作；使用的浆糊须当天调制，不得隔夜使用。
4 安全管理：工作室内严禁吸烟和明火；贵重作品存放于专用保险柜，离开工作室时须断电锁门。
""",
    ),
    dict(
        slug="wiki-heqidao-answer-aikido-dojo-html",
        site="知道一点 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhidao1dian.com/question/77201865.html",
        title="合气道馆学员训练守则",
        record_title="合气道馆有哪些规矩？_知道一点",
        title_in="decorated",
        date=None,
        notes="Q&A page: best answer quotes a dojo's rules; question title differs from the document title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>合气道馆有哪些规矩？_知道一点</title></head>
<body>
<div class="hd">⟦m 知道一点⟧ ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<div class="q">⟦l 合气道馆有哪些规矩？⟧ ⟦m 匿名用户 提问 · 3个回答⟧</div>
<div class="best"><span>⟦m 最佳答案⟧</span>
<h3>{T}</h3>
{BODY}
<p>⟦m 回答者：道场助教阿哲 ｜ 采纳率 88%⟧</p>
<p>⟦l 👍 120　评论 6⟧</p></div>
<div class="rel">⟦l 其他类似问题⟧ ⟦l 学合气道能防身吗？⟧</div>
<div class="ft">⟦m © 2024 知道一点⟧</div>
</body></html>
""",
        body="""
一、进出道场须向神前行礼，赤足上垫，鞋袜整齐摆放。
二、训练前摘下手表、戒指等饰品，指甲剪短，道服保持清洁。
三、练习时服从指导员口令，受身不熟练者不得进行高位摔投练习。
四、训练期间不得随意离场，身体不适应立即报告指导员。
五、训练结束后全体学员共同擦拭垫子。
""",
    ),
    dict(
        slug="netdisk-zheyangpeng-plan-awning-factory",
        site="飞盘云分享 (invented)",
        style="网盘分享",
        genre="应急预案",
        kind="plan",
        form="text",
        source="https://pan.feipanyun.com/s/1Aw9Nq_zYp",
        title="遮阳篷厂台风季应急预案",
        record_title="遮阳篷厂台风季应急预案.docx",
        date="2024-06-03",
        notes="cloud-drive share: file listing, expiry, save prompts; file-name record title; Chinese-numeral signature date",
        page="""
!m 飞盘云　|　好友分享
!m 分享者：舒晴（已认证）　　分享时间：2024-06-05 11:03　　失效时间：永久有效
!t 遮阳篷厂台风季应急预案.docx
!a 保存到我的网盘　　下载（18.6KB）　　举报
{BODY}
!a 文件预览仅显示部分内容，请保存后查看完整文件
!l 该分享还包含：厂区平面图.png　应急物资清单.xlsx
!d 请勿通过网盘传播违法违规内容
""",
        body="""
一、总则
为有效应对台风灾害，最大限度减少人员伤亡和财产损失，结合本厂篷布仓库多、户外钢架多的实际，制定本预案。
二、组织机构
成立应急领导小组，厂长任组长，设抢险组、物资组、后勤组。
三、预警响应
接到台风蓝色预警后，加固户外展示篷架，收回样品篷布；接到橙色及以上预警后，停止户外安装作业，仓库门窗全部加固。
四、灾后恢复
台风过后，先检查厂房结构和线路安全，再组织复工。
海湾遮阳篷制造有限公司
二〇二四年六月三日
""",
    ),
    dict(
        slug="netdisk-boli-rules-glazier-company-html",
        site="小橙网盘 (invented)",
        style="网盘分享",
        genre="规章制度",
        kind="other",
        form="html",
        source="https://www.xiaochengpan.com/share/init?surl=Gl4z8",
        title="玻璃门窗安装高处作业安全规定",
        record_title="玻璃门窗安装高处作业安全规定.pdf",
        date=None,
        notes="cloud-drive preview page; file-name record title; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>玻璃门窗安装高处作业安全规定.pdf_免费高速下载|小橙网盘</title><script src="/static/share.js"></script></head>
<body>
<div class="nav">⟦m 小橙网盘⟧ ⟦a 客户端下载⟧ ⟦a 开通超级会员⟧</div>
<div class="file"><h2>{T}</h2>
<p>⟦m 文件大小：212KB　分享于 5 天前　已被下载 64 次⟧</p>
<p>⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 极速下载⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 小橙网盘仅提供存储服务，分享内容由用户负责⟧</div>
</body></html>
""",
        body="""
第一条 凡在2米以上高处安装玻璃门窗的作业人员，必须持有高处作业证，并系挂安全带。
第二条 大块玻璃搬运须使用吸盘，两人以上配合，风力5级以上停止吊装。
第三条 作业下方设置警戒区，派专人看护，严禁无关人员进入。
第四条 安装完成后及时清理碎玻璃，集中存放于专用容器。
""",
    ),
    dict(
        slug="snapshot-zhufa-notice-bamboo-raft",
        site="搜得快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.soude.com/c?u=www.qingjiang-zhufa.com/news/77.html",
        title="关于竹筏漂流项目汛期停航的通知",
        record_title="关于竹筏漂流项目汛期停航的通知",
        date="2024-06-19",
        notes="search-cache frame header; signature date; the notice's own 咨询电话 kept",
        page="""
!m 这是 www.qingjiang-zhufa.com/news/77.html 的快照，是网页在 2024年7月2日 的存档。
!m 当前页面可能已经更改。　　查看原网页
!m 以下关键词已高亮：竹筏　停航
!m 清江竹筏漂流景区　首页 > 景区公告
{T}
{BODY}
!l 相关链接：景区门票价格　交通指南
""",
        body="""
各位游客：
受持续强降雨影响，清江水位明显上涨。为确保游客安全，景区竹筏漂流项目自6月20日起暂停运营，恢复时间另行通知。
已预订门票的游客，可通过原购票渠道申请全额退款。
咨询电话：0718-5270066。
清江竹筏漂流景区管理处
2024年6月19日
""",
    ),
    dict(
        slug="snapshot-biaoben-notice-taxidermy-museum-html",
        site="网页快照服务 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.findit.cn/cache?id=31772&u=www.yyzkbb.org/tzgg/1120.html",
        title="关于动物标本馆闭馆维护的公告",
        record_title="关于动物标本馆闭馆维护的公告",
        date="2023-11-20",
        notes="snapshot frame around an old museum page; byline 发布时间",
        page="""
<html><head><meta charset="utf-8"><title>关于动物标本馆闭馆维护的公告</title></head>
<body>
<div class="snap">⟦m 您查询的关键词是：标本馆 闭馆⟧ ⟦m 如果打开速度慢，可以尝试快速版；如果想保存该页面，可以添加到搜藏。⟧ ⟦m （网页快照服务和网页作者无关，不对其内容负责。）⟧</div>
<hr>
<div class="site">⟦m 蔚原自然科普标本馆⟧ ⟦m 首页 | 参观指南 | 展厅介绍 | 科普活动⟧</div>
<h1>{T}</h1>
<p class="d">⟦m 发布时间：2023-11-20⟧</p>
{BODY}
<div class="ft">⟦m 蔚原自然科普标本馆 版权所有⟧</div>
</body></html>
""",
        body="""
为做好馆藏动物标本防虫、防霉维护工作，本馆定于2023年12月1日至12月15日闭馆。闭馆期间暂停团体预约和科普讲解活动。
12月16日起恢复正常开放，开放时间为周二至周日9:00—16:30。
给您带来的不便，敬请谅解。
""",
    ),
    dict(
        slug="print-ludeng-notice-streetlight-office",
        site="萤桥县城市管理网打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cgj.yingqiao.gov.cn/print.jsp?id=40137",
        title="萤桥县路灯管理所关于城区路灯亮灯时间调整的通知",
        record_title="萤桥县路灯管理所关于城区路灯亮灯时间调整的通知",
        date="2024-10-28",
        notes="print view: URL and print time stamps (not dates), close link; table rows kept",
        page="""
!m 萤桥县城市管理局　　www.yingqiao-cgj.gov.cn
{T}
!m 发布日期：2024-10-28　　信息来源：县路灯管理所
{BODY}
!m 本页网址：http://cgj.yingqiao.gov.cn/art/2024/10/28/art_40137.html
!m 打印时间：2024-11-02 09:14
!a [关闭本页]
""",
        body="""
各有关单位、广大市民：
根据季节变化，自11月1日起城区路灯亮灯时间调整如下：
路段类型　亮灯时间　熄灯时间
主干道　17:40　次日6:20
次干道及支路　17:50　次日6:10
景观照明　18:00　22:30
如发现路灯故障，请拨打路灯报修电话0577-86532010。
萤桥县路灯管理所
2024年10月28日
""",
    ),
    dict(
        slug="print-liangcha-minutes-herbal-tea-html",
        site="岭南凉茶行业协会打印版 (invented)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.lnlcxh.org/print/minutes-2023-4.html",
        title="凉茶行业协会2023年第四次会长办公会议纪要",
        record_title="凉茶行业协会2023年第四次会长办公会议纪要",
        date="2023-11-14",
        notes="print view with print button script; minutes' 时间/地点/主持 lines kept; 印发 版记",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 凉茶行业协会2023年第四次会长办公会议纪要</title>
<script>function doPrint(){window.print();}</script><style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 打印⟧ ⟦a 关闭⟧</div>
<div>⟦m 岭南凉茶行业协会⟧</div>
<h2>{T}</h2>
{BODY}
<div class="url">⟦m 原文地址：https://www.lnlcxh.org/news/2023/1114.html⟧</div>
</body></html>
""",
        body="""
时间：2023年11月14日上午
地点：协会会议室
主持：会长 邝文辉
出席：副会长、秘书长、各专委会主任
会议研究了以下事项：
一、同意吸收3家企业为协会会员单位。
二、确定12月举办凉茶传统配方保护研讨会，由秘书处负责筹备。
三、启动《凉茶门店服务规范》团体标准起草工作。
岭南凉茶行业协会秘书处　2023年11月14日印发
""",
    ),
    dict(
        slug="mail-shafa-bulletin-upholstery-workshop",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailbox://fwd/2024-08-12/upholstery",
        title="关于沙发翻新车间启用新型环保胶水的通知",
        record_title="Fwd: 关于沙发翻新车间启用新型环保胶水的通知",
        date="2024-08-09",
        notes="forwarded mail: headers, quote markers, mail footer; the notice's own 抄送 kept; signature date",
        page="""
!m 发件人：行政部 <admin@yarunjiaju.com>
!m 发送时间：2024年8月12日 10:22
!m 收件人：全体车间主任
!m 主题：Fwd: 关于沙发翻新车间启用新型环保胶水的通知
!m -------- 转发的邮件 --------
{T}
{BODY}
!d 此邮件及其附件含有保密信息，仅限于收件人使用。
!a 回复　回复全部　转发
""",
        body="""
各车间：
为改善车间空气质量，经试用评估，公司决定自8月15日起在沙发翻新车间全面启用水性环保胶水，停用原溶剂型胶水。
请各车间于8月14日前将剩余溶剂型胶水交回仓库统一处理，并组织员工学习新胶水使用说明。
雅润家居翻新服务有限公司生产部
2024年8月9日
抄送：总经理，安环部
""",
    ),
    dict(
        slug="mail-paibian-newsletter-signboard-html",
        site="网页邮箱归档 (invented)",
        style="邮件转发",
        genre="简报",
        kind="other",
        form="html",
        source="https://mail-archive.pmgy.net/2024/05/msg00031.html",
        title="牌匾制作行业简报（2024年第2期）",
        record_title="[简报] 牌匾制作行业简报（2024年第2期）",
        date="2024-05-06",
        notes="mail archive page: headers as meta, thread nav as list; byline of the bulletin",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[简报] 牌匾制作行业简报（2024年第2期）</title></head>
<body>
<div class="hdr">⟦m From: 牌匾工艺联谊会 &lt;news@pmgy.net&gt;⟧<br>⟦m Date: Mon, 6 May 2024 09:00:12 +0800⟧<br>⟦m To: members@pmgy.net⟧</div>
<h2>{T}</h2>
<p>牌匾工艺联谊会秘书处编　2024年5月6日</p>
{BODY}
<div class="thread">⟦l 上一封：2024年第1期⟧ ⟦l 下一封：会员年费缴纳提醒⟧ ⟦l 按日期排序⟧</div>
<div class="unsub">⟦a 如不想再收到本简报，请点此退订⟧</div>
</body></html>
""",
        body="""
【行业动态】4月，本市老城区招牌改造工程完成一期，共更换木质牌匾、石刻匾额136块，联谊会7家会员单位参与施工。
【技艺交流】4月20日，联谊会在木匠坊举办阴刻贴金技法交流会，30余名匠人参加。
【会员提示】近期有不法商家冒用联谊会名义承揽业务，请会员单位提高警惕，发现情况及时向秘书处反映。
""",
    ),
]
