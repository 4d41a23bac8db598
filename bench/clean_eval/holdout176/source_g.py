"""holdout176, part G: more 政府门户, 范文站, 公众号镜像, 文库预览, 新闻门户, 地方论坛. Invented text."""

CASES = [
    dict(
        slug="gov-liutang-notice-reservoir-keepers",
        site="柳塘县水利局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://slj.liutang.gov.cn/tzgg/202405/t20240508_3301.html",
        title="关于开展小型水库巡查员汛前培训的通知",
        record_title="关于开展小型水库巡查员汛前培训的通知_柳塘县水利局",
        date="2024-05-08",
        notes="hard-wrapped at 58 columns; training schedule kept; date under the signature",
        page="""
!m 柳塘县水利局 | 政务公开 | 通知公告
!m 索引号：LT-SLJ-2024-0051　　公开方式：主动公开
{T}
!m 发布日期：2024-05-08　　字体：[大 中 小]
{BODY}
!a 【打印】【关闭】【返回顶部】
!m 柳塘县水利局主办　联系电话：0745-3810056
""",
        wrap=58,
        body="""
各乡镇水利站，各水库管理单位：
为提升小型水库巡查员履职能力，确保水库安全度汛，县水利局定于5月下旬分片开展汛前培训。
一、培训对象：全县63座小型水库的巡查员和技术责任人。
二、培训内容：大坝巡查要点、险情识别与报告、巡查软件使用。
三、时间安排：北片5月21日在龙门镇，南片5月23日在县水利局会议室。
请各单位按时组织人员参训，不得缺席。
柳塘县水利局
2024年5月8日
""",
    ),
    dict(
        slug="fanwen-wenhai-debrief-pest-station",
        site="文海范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wenhaifw.com/shuzhi/2023/12/60422.html",
        title="县植保站测报员2023年度个人述职报告",
        record_title="县植保站测报员2023年度个人述职报告（精选2篇）_文海范文网",
        date=None,
        notes="decorated title; member-unlock prompt between paragraphs; relative posting time; no date",
        page="""
!m 文海范文网
!m 首页 » 述职报告 » 个人述职
{T}
!m 更新时间：2天前　　作者：网友投稿
!a 复制本文　　下载文档　　收藏
{BODY}
!w 需要原创材料？资深笔杆子代写，QQ 1920364488
!l 下一篇：乡镇农技站站长述职报告
""",
        indent="\u3000\u3000",
        body="""
今年我主要负责全县水稻、玉米主要病虫害的系统调查和测报灯管理，现将履职情况报告如下。
一是按时完成系统调查。全年下田调查187天，记录数据4600余条，编发病虫情报14期。
⟦a 开通VIP会员，解锁全部2篇范文⟧
二是管好监测设备。对全县21台虫情测报灯定期清虫、校时，设备完好率保持在95%以上。
三是不足和打算。数据分析能力还需提高，明年争取参加省里的测报技术培训。
""",
    ),
    dict(
        slug="wechat-mirror-sheep-shearing-hats",
        site="羊城帽业 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://weixin.mirrorread.com/a/2023-11-29/maoye",
        title="一顶毡帽的“冬季订单”",
        record_title="一顶毡帽的“冬季订单”",
        date="2023-11-29",
        record_date="2023-11-29",
        notes="record title and date; one-line body; read-original and like buttons",
        page="""
!m 南塬帽业
!m 南塬帽业 2023-11-29 18:00
{T}
{BODY}
!a 阅读原文　　赞　　在看
!l 推荐阅读：走进南塬帽业的绣花车间
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
入冬以后，南塬帽业的毡帽车间每天都要加班两个小时。
今年公司接到羊毛毡帽订单26万顶，其中三成来自东北和新疆的批发商。
车间主任贺红梅说，毡帽从擀毡、定型到缝边要经过11道工序，熟练工一天能做40顶。
为了赶工，公司新招了35名附近村里的妇女，经过一周培训就能上岗。
""",
    ),
    dict(
        slug="wenku-haocheng-speech-light-trap",
        site="好成文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.haochengwk.com/d/55301289.html",
        title="在全县绿色防控现场会上的讲话",
        record_title="在全县绿色防控现场会上的讲话.wps",
        date="2023-06-15",
        notes="file-name title (.wps); date under the speech title; page markers glued; speaker line neutral",
        page="""
!m 好成文库 | 精品文档免费读
!t 在全县绿色防控现场会上的讲话.wps
!m 共3页　　贡献者：asd_2011　　下载券：1
{T}
（2023年6月15日）
副县长　仇晓川
{BODY}
!a 阅读已结束，下载本文需要使用1下载券
!d 好成文库内容均为用户上传，仅供参考。
""",
        pages=dict(fmt="〘{n}〙", every=110, start=2, glue=True),
        body="""
同志们：
今天我们在仙桥村召开绿色防控现场会，大家看了太阳能杀虫灯、性诱捕器和稻鸭共育示范区，效果很明显。
全县今年推广绿色防控面积18万亩，化学农药使用量比去年下降6.2%。下一步，各乡镇要把现场学到的经验带回去，每个乡镇至少建一个千亩示范片。
农业部门要加强技术指导，财政部门要保障补助资金及时到位。
""",
    ),
    dict(
        slug="news-huanan-evening-seedling-factory",
        site="淮南晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hnwbw.cn/content/2024-03/05/c_319081.html",
        title="工厂化育秧：一张秧盘里的春耕账",
        record_title="工厂化育秧：一张秧盘里的春耕账 - 淮南晚报网",
        date="2024-03-05",
        notes="news portal; photo caption and a related-reading box between paragraphs; editor line glued",
        page="""
<!DOCTYPE html><html><head><title>工厂化育秧：一张秧盘里的春耕账 - 淮南晚报网</title></head><body>
<div class="top">⟦m 淮南晚报网　城市生活门户⟧ ⟦a 数字报⟧ ⟦a 客户端⟧</div>
<nav>⟦m 首页 本地 民生 三农 文旅 视频⟧</nav>
<h1>{T}</h1>
<div class="info">⟦m 2024年03月05日 07:12　来源：淮南晚报　记者 柏文涛 通讯员 景燕⟧</div>
{BODY}
<div class="rel">⟦l 延伸阅读：春耕备耕一线观察⟧</div>
<footer>⟦d 本网站所刊载信息，不代表本网观点。⟧ ⟦m 皖ICP备05002118号⟧</footer>
</body></html>
""",
        body="""
3月4日，凤台县丰裕农机合作社的育秧工厂里，流水线上一张张秧盘依次完成铺土、播种、覆土、洒水，被叉车送进暗室出苗。
⟦m 工人在育秧流水线上作业。记者 柏文涛 摄⟧
合作社理事长景大勇算了一笔账：工厂化育秧每盘成本约3元，一亩田用25盘，比农户自己育秧省工省种，秧苗还更齐。
⟦l 相关阅读：我市早稻育秧进度过半⟧
今年合作社计划育秧40万盘，可供1.6万亩机插，目前订单已排满。⟦m （编辑：宁夏）⟧
""",
    ),
    dict(
        slug="localforum-mushroom-spawn-warning",
        site="菇乡论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.guxiangbbs.cn/thread-8812-1.html",
        title="关于谨防购买无证菌种的提醒",
        record_title="关于谨防购买无证菌种的提醒 - 菇乡论坛",
        date="2024-02-19",
        notes="township forum; junk glued; the station's phone in the body next to the forum's ad",
        page="""
!m 菇乡论坛 › 乡镇公告
{T}
!m 食用菌站 发表于 2024-2-19 15:30
!w 【广告】出售香菇菌棒，量大从优，电话 158 0562 7730
{BODY}
!l 沙发 | 菇农老陈：去年就吃过这个亏，感谢提醒
!a 回复　　分享　　举报
""",
        junk=dict(lines=1, glued=1),
        body="""
各位菇农朋友：
近期发现有人骑三轮车走村串户推销低价香菇菌种，这些菌种没有生产经营许可证，来源不明，一旦出现菌种退化或污染，损失无法追回。
请大家到有证的菌种场购买菌种，购买时索要发票和标签，并保存好包装。
如发现无证销售菌种的，请拨打镇农业服务中心电话0562-4321085举报。
谷溪镇食用菌技术服务站
2024年2月19日
""",
    ),
]
