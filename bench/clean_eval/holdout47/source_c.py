"""holdout47, part C: a traffic policeman's essay in a writing app, a river-chief speech on an
exam forum, an organ-donation encyclopaedia entry, a geological-hazard plan on a cloud drive,
a rabies clinic in a snapshot, an exit-entry hall's print view, a forwarded organ-donation
letter, a smoke-free county plan, an anime club's summary, a truckers' home survey, a night
market and a tai chi association's minutes. Everything invented."""

CASES = [
    dict(
        slug="app-xiezuo-traffic-police-insight",
        site="笔下生花写作APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://share.bixiashenghua.example.com/doc/a81f3c?from=app",
        title="交警中队辅警岗位锻炼心得体会",
        record_title="交警中队辅警岗位锻炼心得体会｜笔下生花",
        date=None,
        notes="writing-app share page: open-in-app banner, AI-polish and copy buttons glued; a word count; no date (created 2 hours ago)",
        page="""
!a 打开笔下生花APP，体验AI续写 >
!t 交警中队辅警岗位锻炼心得体会
!m 创作者：星河入梦　2小时前　全文1326字
{BODY}
!a 一键复制　|　AI润色　|　导出Word
!l 同类范文：交警执勤心得｜辅警年度述职
!d 内容由创作者发布，平台不对其真实性负责
""",
        body="""
去年九月，我被安排到城区交警中队参加岗位锻炼，三个多月的时间让我对交通管理工作有了全新的认识。
一是体会到了一线执勤的辛苦。早晚高峰站在路口指挥交通，夏天汗流浃背，冬天寒风刺骨，但看到车流顺畅，心里就很踏实。⟦a 【AI续写此段】⟧
二是体会到了规范执法的重要。每一次查处违法行为都要全程记录，做到文明执法、有理有据。
三是体会到了群众的理解支持。遇到老人过马路，我们搀扶一把，群众就会竖起大拇指。
今后我将继续加强学习，努力成为一名合格的交通安全守护者。
""",
    ),
    dict(
        slug="gkforum-anshang-river-chief-speech-html",
        site="岸上公考论坛 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://bbs.anshanggk.example.com/thread-230517-1-1.html",
        title="在全县河湖长制工作会议上的讲话",
        record_title="[面试素材] 在全县河湖长制工作会议上的讲话（附答题思路） - 申论素材 - 岸上公考论坛",
        date="2025-03-21",
        notes="exam forum HTML: decorated title; a Discuz-like post with jammer fonts; date under the speech title; a reply-to-view note and floors",
        junk=dict(lines=1, glued=2),
        p_html="{}<br />",
        page="""
<html><head><meta charset="utf-8"><title>[面试素材] 在全县河湖长制工作会议上的讲话（附答题思路） - 申论素材 - 岸上公考论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 岸上公考论坛 - 考公上岸 一起努力⟧</div>
<div id="pt">⟦m 岸上公考论坛 › 申论专区 › 申论素材⟧</div>
<div class="thread"><h1>⟦t [面试素材] 在全县河湖长制工作会议上的讲话（附答题思路）⟧</h1>
<div class="authi">⟦m 考神附体 发表于 2025-4-2 22:15 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{T}<br />
（2025年3月21日）<br />
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的答题思路需回复才可浏览⟧</div>
<div class="sign">⟦l 签名：每天一篇申论，上岸不是梦⟧</div></div>
<div class="reply"><p>⟦l 沙发 | 小岸同学：收藏了，谢谢楼主⟧</p><p>⟦l 板凳 | 冲冲冲：河长制今年省考可能考⟧</p></div>
<div id="ft">⟦m Powered by Discuz! X3.5 ｜ 岸上公考论坛 ｜ 湘ICP备22017380号⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开全县河湖长制工作会议，主要任务是总结去年工作，安排部署今年河湖管护重点任务。
过去一年，全县各级河湖长累计巡河一万二千余次，清理河道垃圾三千余吨，水质优良率稳步提升。
但也要看到，部分河段仍存在乱占、乱采、乱堆、乱建问题，农村生活污水收集处理还有短板。
今年，各级河湖长要切实履行巡河职责，发现问题要建立台账、限期销号。
同志们，守护好一江清水是我们共同的责任，希望大家以更实的作风抓好各项工作落实。
""",
    ),
    dict(
        slug="baike-shanwen-organ-donation-entry",
        site="善问百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://baike.shanwen.example.com/item/器官捐献志愿登记/10022",
        title="器官捐献志愿登记",
        record_title="器官捐献志愿登记_善问百科",
        date=None,
        notes="encyclopaedia entry: edit links, a catalogue box, a sample letter with ××××年××月××日 placeholder and example dates inside sentences are no date; 参考资料 and an edit-count footer",
        page="""
!m 善问百科 | 人人可编辑的知识库
!t 器官捐献志愿登记
!a 编辑　|　讨论　|　收藏　|　分享
!m 本词条由“善问百科科学编辑团队”审核
!l 目录　1 概述　2 登记方式　3 登记表写法
{BODY}
!l 参考资料：[1] 器官捐献志愿登记工作规范
!m 词条统计　浏览次数：41089　编辑次数：17次历史版本　最近更新：小善编辑
""",
        body="""
器官捐献志愿登记是指公民在生前自愿表达身故后无偿捐献器官意愿的一种登记行为。
登记方式
年满十八周岁、具有完全民事行为能力的公民可以通过红十字会服务窗口或官方网站进行登记，登记后可以随时变更或撤销。
登记表写法
登记表一般包括登记人姓名、身份证号、捐献意愿、联系人等内容，落款处写明登记日期，例如“××××年××月××日”。
某地在2020年9月1日启用网上登记系统后，登记人数明显增加。
""",
    ),
    dict(
        slug="netdisk-feiyun-landslide-plan-pdf",
        site="飞云网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.feiyun.example.com/s/1qHx9Lmz",
        title="瓒湖县2025年汛期地质灾害防治工作方案",
        record_title="瓒湖县2025年汛期地质灾害防治工作方案.pdf",
        date="2025-04-25",
        notes="cloud-drive share page: file-name title; save/download buttons; share-expiry stamp and sharer line are no dates; the plan's own 值班电话 kept; a decimal-free numbered list",
        page="""
!m 飞云网盘 | 分享给你的文件
!t 瓒湖县2025年汛期地质灾害防治工作方案.pdf
!m 分享者：zanhu_zrzy　分享时间：3天前　有效期：永久
!a 保存到我的网盘　普通下载　极速下载（会员）
!m 文件大小 1.6M
{BODY}
!d 请勿分享违法违规内容，如发现可举报
!a 登录后可查看更多分享文件
""",
        body="""
为切实做好2025年汛期地质灾害防治工作，最大限度减少人员伤亡和财产损失，制定本方案。
一、防治重点
汛期为4月至9月，重点防范时段为强降雨期间和雨后48小时。
二、主要措施
1.全面开展汛前排查、汛中巡查、汛后核查，建立隐患点动态台账。
2.严格落实群测群防制度，每个隐患点明确一名监测员，配备简易监测设备和预警喇叭。
3.强化预警响应，收到橙色以上预警后，受威胁群众一律提前转移。
三、值班值守
汛期实行二十四小时值班，值班电话：0739-7216600。
瓒湖县自然资源局
2025年4月25日
""",
    ),
    dict(
        slug="snapshot-quanyi-rabies-clinic-notice",
        site="搜索快照 / 琨城市疾病预防控制中心 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousuo.example.com/c?u=http://www.kccdc.example.gov.cn/tzgg/2025/0318.html",
        title="关于调整狂犬病暴露处置门诊服务时间的通知",
        record_title=None,
        date="2025-03-18",
        notes="search-engine snapshot frame: a cache banner with snapshot time (no date), a highlight note; no record title; the clinic's own phone kept",
        page="""
<html><head><meta charset="utf-8"><title>关于调整狂犬病暴露处置门诊服务时间的通知 - 快照</title></head><body>
<div style="border:1px solid #ccc">⟦m 这是 http://www.kccdc.example.gov.cn/tzgg/2025/0318.html 的快照，保存于2025年5月2日 11:08:45。⟧<br>
⟦d 搜索服务不对快照内容负责，页面可能已经更改。⟧<br>⟦a 点击查看当前网页⟧<br>⟦m 已为您高亮显示：狂犬病 门诊⟧</div>
<div class="site">⟦m 琨城市疾病预防控制中心⟧</div>
<div class="nav">⟦m 首页 中心概况 疾病防控 健康教育 通知公告⟧</div>
<h2>{T}</h2>
<div>⟦m 发布日期：2025-03-18　来源：免疫规划科⟧</div>
{BODY}
<div class="foot">⟦m 琨城市疾病预防控制中心 版权所有　地址：琨城市卫生路9号⟧</div>
</body></html>
""",
        body="""
广大市民朋友：
为方便群众就近就医，自2025年3月20日起，中心狂犬病暴露处置门诊服务时间调整为每天8:00至20:00，节假日不休息。
被犬、猫等动物抓伤或咬伤后，应立即用肥皂水和流动清水交替冲洗伤口至少十五分钟，并尽快到门诊处置。
请携带本人身份证件就诊，既往接种过狂犬病疫苗的请带上接种记录。
咨询电话：0736-8812350。
琨城市疾病预防控制中心
2025年3月18日
""",
    ),
    dict(
        slug="print-churujing-hall-notice",
        site="湄原县公安局出入境接待大厅 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://gaj.meiyuan.example.gov.cn/crj/tzgg/2025/0708_print.html",
        title="关于暑期出入境证件办理预约的通知",
        record_title="打印页面 — 关于暑期出入境证件办理预约的通知",
        date="2025-07-08",
        notes="print view: print-time and page-URL lines, a print footer; the notice's 咨询电话 kept; it tells readers to 关注/扫码 as content",
        page="""
!m 湄原县公安局
!m 打印日期：2025/7/10 15:33
!m https://gaj.meiyuan.example.gov.cn/crj/tzgg/2025/0708.html
!t 关于暑期出入境证件办理预约的通知
!m [ 发布日期：2025-07-08 ]
{BODY}
!a 【打印】　【返回】
!p 第1页/1
""",
        body="""
暑期是出入境证件办理高峰期，为减少群众排队等候时间，县出入境接待大厅自7月10日起实行预约办理。
群众可关注“湄原公安”微信公众号，或扫描大厅门口的二维码进行预约，每个时段限额三十人。
学生办理护照和往来港澳通行证的，可在周六上午专场办理。
未预约群众可现场取号，但需在预约群众办理完毕后按顺序办理。
咨询电话：0738-7792110。
湄原县公安局出入境管理大队
2025年7月8日
""",
    ),
    dict(
        slug="mail-qiqi-organ-donation-letter-forward",
        site="邮件转发 / 璘州市红十字会 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://inbox/2025-09-03/lzhszh-fwd-1182",
        title="关于商请协助开展器官捐献宣传进社区活动的函",
        record_title="转发：关于商请协助开展器官捐献宣传进社区活动的函",
        date="2025-09-01",
        date_also=["2025-09-03"],
        notes="a forwarded mail: mail headers (发件人/收件人/抄送/时间) are meta; the letter's own 抄送 line and 附件 list kept; the mail time differs from the 成文日期 (both accepted); a mail-client footer",
        page="""
!m -------- 转发的邮件 --------
!m 发件人：办公室 <office@lzhszh.example.org.cn>
!m 发送时间：2025年9月3日(星期三) 上午9:12
!m 收件人：各街道社区 <jiedao@lzqz.example.gov.cn>
!m 抄送：卢倩 <luqian@lzhszh.example.org.cn>
!m 主题：转发：关于商请协助开展器官捐献宣传进社区活动的函
各位好，转发市红会来函，请各社区配合。
{BODY}
!a 附件 (1) 宣传活动安排表.xlsx (18K)　预览　下载
!d 本邮件由璘州政务邮箱发出，如非本人请勿转发
""",
        body="""
市民政局：
为普及人体器官捐献知识，我会拟于9月至10月在全市开展器官捐献宣传进社区活动，现商请贵局协助以下事项。
一、协调各街道、社区提供宣传场地，并组织居民参加。
二、在社区公告栏张贴宣传海报，发放宣传资料。
联系人：市红十字会赈济救护部 卢倩，电话：0736-2215018。
附件：宣传活动安排表
璘州市红十字会
2025年9月1日
抄送：各区红十字会。
""",
    ),
    dict(
        slug="gov-zanhu-smokefree-plan-wrapped-banji",
        site="瓒湖县人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.zanhu.example.gov.cn/zwgk/zfwj/202502/t20250214_2251.html",
        title="瓒湖县创建无烟党政机关工作方案",
        record_title="瓒湖县创建无烟党政机关工作方案",
        date="2025-02-14",
        notes="hard-wrapped text (62 columns); document number and 索引号 table-like lines as meta; 印发 版记 kept; 成文日期 in Chinese numerals",
        indent="\u3000\u3000",
        wrap=62,
        page="""
!m 瓒湖县人民政府门户网站
!m 索引号：431124-02-2025-0031　　发文机关：县政府办公室
!m 主题分类：卫生、体育　　发布日期：2025-02-14
{T}
瓒政办发〔2025〕4号
{BODY}
!a 扫一扫在手机打开当前页
!l 相关阅读：瓒湖县控烟宣传周活动安排
""",
        body="""
为保障干部职工身体健康，营造清洁无烟的办公环境，根据上级有关部署，结合我县实际，制定本方案。
一、工作目标：2025年底前，全县党政机关全部达到无烟党政机关标准，室内公共场所和工作场所全面禁止吸烟。
二、主要任务：各单位要设置醒目的禁烟标识，撤除室内烟具，公务活动中不得提供烟草制品，不得吸烟敬烟劝烟。
三、监督考核：县卫生健康局会同县直机关工委开展明查暗访，结果纳入年度文明单位考评。
瓒湖县人民政府办公室
二〇二五年二月十四日
瓒湖县人民政府办公室　2025年2月14日印发
""",
    ),
    dict(
        slug="fanwen-qiaowen-anime-club-summary-table",
        site="巧文范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.qiaowenfw.example.com/zongjie/shetuan/20250620/55103.html",
        title="校动漫社2024—2025学年工作总结",
        record_title="校动漫社2024—2025学年工作总结（精选范文可编辑）",
        date=None,
        notes="old gb2312 table layout of a 范文 site: marquee, hot list, 【阅读字号】 row, a floating consult box glued beside the body; no date: only a school-year span in the title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>校动漫社2024—2025学年工作总结（精选范文可编辑）</title></head><body>
<table width="980"><tr><td>⟦m 巧文范文网 — 范文大全 总结报告 一站搞定⟧</td></tr>
<tr><td><marquee>⟦a 本站范文全部免费复制，Word版下载请开通年卡！⟧</marquee></td></tr></table>
<table width="980"><tr><td valign="top" width="700">
<div>⟦m 你现在的位置：巧文范文网 >> 工作总结 >> 社团工作总结⟧</div>
<h1>⟦t 校动漫社2024—2025学年工作总结（精选范文可编辑）⟧</h1>
<div>⟦a 【阅读字号：特大 大 中 小】⟧</div>
{BODY}
<div>⟦l 上一篇范文：学生会宣传部期末总结⟧</div><div>⟦l 下一篇范文：书法社活动总结⟧</div>
</td><td valign="top">
<div>⟦l 本周热门范文⟧</div><div>⟦l 1.社团招新策划书⟧</div><div>⟦l 2.社团换届主持词⟧</div>
</td></tr></table>
<div class="float">⟦w 材料代笔 加急当天交稿 Q：2874410662⟧</div>
<table width="980"><tr><td>⟦d Copyright 巧文范文网 本站内容均来自网友投稿⟧</td></tr></table>
</body></html>
""",
        body="""
本学年，动漫社在校团委的指导下，坚持“以兴趣聚人、以活动育人”，社团各项工作稳步推进。
一、社团建设
本学年共招收新社员八十六人，设立绘画、配音、角色扮演三个兴趣小组。
二、主要活动
举办原创漫画作品展一次、配音大赛一次，参加全市高校动漫文化节获团体三等奖。
三、存在的不足
活动经费较为紧张，部分小组活动频次不高，新老社员交流不够。
下学年，我们将完善社团制度，争取与校外文化企业合作，办好更多受同学欢迎的活动。
""",
    ),
    dict(
        slug="wenku-daoyun-trucker-home-research-html-pages",
        site="道韵文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.daoyunwk.example.com/p-8813072.html",
        title="关于全市货车司机之家建设情况的调研报告",
        record_title="关于全市货车司机之家建设情况的调研报告 - 道韵文库",
        date="2025-05-30",
        notes="HTML preview reader: page markers ∥n∥ as paragraphs between the halves of cut paragraphs; VIP and preview-end prompts; a reader toolbar; a hot-docs sidebar",
        pages=dict(fmt="∥ {n} ∥", every=80, start=2),
        p_html='<p class="reader-word">{}</p>',
        page="""
<html><head><meta charset="utf-8"><title>关于全市货车司机之家建设情况的调研报告 - 道韵文库</title></head><body>
<div class="top">⟦m 道韵文库 · 海量文档免费读⟧　⟦a 登录 / 注册⟧</div>
<div class="toolbar">⟦a 全屏阅读　放大　缩小　下载文档（18积分）⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 上传者：运管小王　共5页　阅读：2.3千⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 还剩2页未读，开通VIP畅读全部文档⟧</div>
<div class="hot">⟦l 热门文档：物流园区调研报告　网络货运平台监管思考⟧</div>
</body></html>
""",
        body="""
为了解全市货车司机之家建设运营情况，市交通运输局调研组于5月中旬深入六个县市区开展实地调研。
一、基本情况。全市已建成货车司机之家十一个，主要分布在高速公路出入口、物流园区和大型加油站周边，可提供停车、餐饮、淋浴、洗衣等服务。
二、存在问题。一是部分站点位置偏远，货车司机知晓率不高；二是服务项目单一，夜间服务保障不足；三是运营经费主要依靠企业自筹，持续运营压力较大。
三、对策建议。建议将司机之家纳入物流基础设施规划统筹布局，对达标站点给予运营补助，同时依托货运平台推送站点信息。
市交通运输局调研组
2025年5月30日
""",
    ),
    dict(
        slug="news-jiantou-night-market-oneline",
        site="枧头在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jiantouol.example.com/news/shenghuo/2025-06-27/44180.html",
        title="枧头县滨河夜市试营业 首批120个摊位亮灯",
        record_title="枧头县滨河夜市试营业 首批120个摊位亮灯_生活_枧头在线",
        date="2025-06-27",
        notes="the whole body on one line (paragraphs apart by their indent); a dotted news-app date line is the page date; a reporter line; a 扫码下载客户端 line",
        indent="\u3000\u3000",
        oneline=True,
        page="""
!m 枧头在线　身边事 第一时间
!m 首页 > 生活 > 正文
!t 枧头县滨河夜市试营业 首批120个摊位亮灯
!m 2025.06.27 21:18　枧头在线记者 彭小满
{BODY}
!a 扫码下载“枧头在线”客户端，看更多身边新闻
!l 【相关新闻】滨河路夜间临时交通管制公告
""",
        body="""
6月27日晚，枧头县滨河夜市开始试营业，首批一百二十个摊位同时亮灯，吸引了大批市民前来品尝美食。
滨河夜市位于枧江大桥至文昌阁之间的滨河路段，设有小吃、文创、非遗手作等区域，营业时间为每天18时至24时。
县城管局有关负责人介绍，夜市实行统一规划、统一管理，摊主须持健康证上岗，并统一使用环保餐具。
市民李女士说，夜市离家近，环境也干净，晚饭后带孩子来逛一逛很方便。
""",
    ),
    dict(
        slug="forum-taiji-association-minutes-discuz-junk",
        site="珩川太极论坛 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.hctaiji.example.com/bbs/thread-3120-1-1.html",
        title="珩川市太极拳协会第三届理事会第二次会议纪要",
        record_title=None,
        date="2025-02-22",
        date_also=["2025-02-23"],
        notes="Discuz-like forum HTML: jammer fonts glued and on lines; minutes' 时间/地点/主持/出席/记录 lines and a vote count kept; post date differs (also accepted); no record title",
        junk=dict(lines=1, glued=2),
        p_html="{}<br />",
        page="""
<html><head><meta charset="utf-8"><title>珩川太极论坛 - 协会公告</title></head><body>
<div id="hd">⟦m 珩川太极论坛　以武会友 以拳养身⟧</div>
<div id="pt">⟦m 珩川太极论坛 » 协会公告 » 查看内容⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 秘书处老郑 ｜ 帖子 812 ｜ 积分 3390⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-2-23 10:06:51⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pstatus">⟦m 本帖最后由 秘书处老郑 于 2025-2-23 10:20 编辑⟧</div></td></tr></table>
<div class="po">⟦a 回复 支持 反对 使用道具 举报⟧</div>
<div id="ft">⟦m 珩川太极论坛 ( 湘ICP备20003187号 ) GMT+8⟧</div>
</body></html>
""",
        body="""
时间：2025年2月22日上午9时
地点：珩川市全民健身中心二楼会议室
主持：会长 戴秋华
出席：理事二十一人，应到二十五人
记录：郑和平
会议审议通过了协会2024年工作报告和财务收支情况报告。
会议讨论了2025年活动计划，决定于4月举办全市太极拳推手邀请赛，9月组织太极拳进社区公益教学。
会议以举手表决方式，同意增补赵立新、孙敏为协会理事，表决结果：同意二十一票，反对零票，弃权零票。
""",
    ),
]
